import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// One connection to the preview: HummingbirdCore's HTTP/1 pipeline as `HTTP1Channel` sets
/// it up, with `RequestHeadGuard` in front of the decoder so that oversized heads are
/// refused with the right status, and the decoder's own limits as a backstop.
struct PreviewChannel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>

    let responder: HTTPChannelHandler.Responder
    /// A connection that sends nothing for this long is closed, unless an answer is still
    /// being written to it (an event stream is such an answer).
    let idleTimeout: Duration
    let limits: RequestHeadGuard.Limits
    let connections: ConnectionRegistry

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            connections.add(channel)
            let headGuard = RequestHeadGuard(limits: limits)
            var decoderLimits = NIOHTTPDecoderLimitConfiguration()
            decoderLimits.maxHeaderFieldSize = limits.headerLine
            decoderLimits.maxHeaderListSize = limits.head
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(headGuard)
            try pipeline.configureHTTPServerPipeline(
                withPipeliningAssistance: false,
                withErrorHandling: false,
                withOutboundHeaderValidation: false,
                withEncoderConfiguration: .init(),
                withDecoderLimitConfiguration: decoderLimits
            )
            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
            try pipeline.addHandler(RequestProgressHandler(headGuard: headGuard))
            try pipeline.addHandler(HTTPConnectionStateHandler(idleTimeout: idleTimeout, logger: logger))
            return try NIOAsyncChannel(
                wrappingChannelSynchronously: channel,
                configuration: .init(isOutboundHalfClosureEnabled: true)
            )
        }
    }

    func handle(value: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: value, logger: logger)
    }
}
