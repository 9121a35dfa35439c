import NIOCore
import NIOHTTPTypes

/// Tells a connection's `RequestHeadGuard` where requests begin and end, as the HTTP
/// decoder reads them and as their answers are written, so that the guard watches each
/// head and never writes over an answer in progress.
final class RequestProgressHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let headGuard: RequestHeadGuard

    init(headGuard: RequestHeadGuard) {
        self.headGuard = headGuard
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: headGuard.requestStarted()
        case .body: break
        case .end: headGuard.requestRead()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd: Bool
        if case .end = unwrapOutboundIn(data) { isEnd = true } else { isEnd = false }
        context.write(data, promise: promise)
        // After the write, so that a refusal the guard may now send follows this answer.
        if isEnd { headGuard.responseWritten() }
    }
}

@available(*, unavailable)
extension RequestProgressHandler: Sendable {}
