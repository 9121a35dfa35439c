import NIOCore

/// Sits before the HTTP decoder and watches the size of each request head as its bytes
/// arrive: a request line over the limit gets 414, a header line or a whole head over it
/// 431, at once and without waiting for the rest, and the connection is closed. The
/// decoder still does all the parsing; this only counts bytes up to the blank line.
///
/// After a head, the body (if any) passes unwatched until `RequestProgressHandler` reports
/// that the decoder has read the whole request; the next head is watched again. Requests
/// from browsers have no body, so each head is watched from its first byte. A head that
/// arrives together with the end of a body is left to the decoder's own limits (the same
/// sizes, but a plain 400). A refused head that was pipelined behind a request still being
/// answered is answered after it.
final class RequestHeadGuard: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    struct Limits: Sendable {
        var requestLine = 8 * 1024
        var headerLine = 8 * 1024
        var head = 64 * 1024
    }

    private enum State {
        /// Reading a head: the length of the line so far and of the head so far.
        case head(line: Int, total: Int, isRequestLine: Bool)
        /// The head went to the decoder; waiting until it has read the whole request.
        case passing
        /// Refused: what still arrives is read and dropped until the connection closes.
        case refused
    }

    private let limits: Limits
    /// How long a refused connection keeps reading after the answer, so that the client
    /// can read the answer rather than a reset from unread bytes.
    private let lingering: TimeAmount
    private var state = State.head(line: 0, total: 0, isRequestLine: true)
    /// Requests whose answer has not been written completely yet.
    private var unanswered = 0
    /// A refusal that waits for the answers to earlier requests to be written first.
    private var pendingRefusal: RefusedHead?
    private var context: ChannelHandlerContext?

    init(limits: Limits = Limits(), lingering: TimeAmount = .seconds(1)) {
        self.limits = limits
        self.lingering = lingering
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        while buffer.readableBytes > 0 {
            switch state {
            case .refused:
                return
            case .passing:
                context.fireChannelRead(wrapInboundOut(buffer))
                return
            case .head(let line, let total, let isRequestLine):
                switch scan(buffer, line: line, total: total, isRequestLine: isRequestLine) {
                case .incomplete(let next):
                    state = next
                    context.fireChannelRead(wrapInboundOut(buffer))
                    return
                case .complete(let length):
                    // The decoder reads a request without a body at once and reports its end
                    // while this call is still on the stack: `requestRead()` then rearms.
                    state = .passing
                    let head = buffer.readSlice(length: length) ?? buffer
                    context.fireChannelRead(wrapInboundOut(head))
                case .tooLarge(let status):
                    refuse(status, context: context)
                    return
                }
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .refused = state, let event = event as? ChannelEvent, event == .inputClosed {
            context.channel.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// The decoder has read the whole request: the next bytes start a new head.
    func requestRead() {
        if case .passing = state { state = .head(line: 0, total: 0, isRequestLine: true) }
    }

    func requestStarted() {
        unanswered += 1
    }

    /// Called once the end of an answer has gone down the pipeline.
    func responseWritten() {
        unanswered -= 1
        if unanswered == 0, let refusal = pendingRefusal, let context {
            pendingRefusal = nil
            send(refusal, context: context)
        }
    }

    // MARK: Counting

    private enum Scan {
        case incomplete(State)
        /// The head ends after this many bytes of the buffer.
        case complete(Int)
        case tooLarge(RefusedHead)
    }

    private func scan(_ buffer: ByteBuffer, line: Int, total: Int, isRequestLine: Bool) -> Scan {
        var line = line, total = total, isRequestLine = isRequestLine
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        return buffer.withUnsafeReadableBytes { bytes -> Scan in
            for (offset, byte) in bytes.enumerated() {
                total += 1
                if byte != newline {
                    if byte != carriageReturn { line += 1 }
                    if isRequestLine, line > limits.requestLine { return .tooLarge(.requestLine) }
                    if !isRequestLine, line > limits.headerLine { return .tooLarge(.headerFields) }
                    if total > limits.head { return .tooLarge(.headerFields) }
                    continue
                }
                if total > limits.head { return .tooLarge(.headerFields) }
                if line == 0 {
                    // Empty lines before the request line are allowed; one after it ends the head.
                    if !isRequestLine { return .complete(offset + 1) }
                } else {
                    isRequestLine = false
                }
                line = 0
            }
            return .incomplete(.head(line: line, total: total, isRequestLine: isRequestLine))
        }
    }

    // MARK: Refusing

    private func refuse(_ refusal: RefusedHead, context: ChannelHandlerContext) {
        state = .refused
        if unanswered == 0 {
            send(refusal, context: context)
        } else {
            // Pipelined behind a request still being answered: answer in turn.
            pendingRefusal = refusal
        }
    }

    private func send(_ refusal: RefusedHead, context: ChannelHandlerContext) {
        let channel = context.channel
        let lingering = self.lingering
        let response = refusal.response(limits: limits, allocator: channel.allocator)
        context.writeAndFlush(wrapOutboundOut(response)).whenComplete { _ in
            // Close our side, keep reading what the client still sends, then close: closing
            // with unread bytes would send a reset that can destroy the answer in transit.
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: lingering) { channel.close(promise: nil) }
        }
    }
}

@available(*, unavailable)
extension RequestHeadGuard: Sendable {}
