import Foundation
import HummingbirdCore
import NIOCore

/// A response body that stays open and sends Server-Sent Events as they come, until the
/// hub ends the stream or the page goes away (the next write then fails).
enum EventStream {
    static func body(_ messages: AsyncStream<Data>) -> ResponseBody {
        ResponseBody { writer in
            for await message in messages {
                try await writer.write(ByteBuffer(bytes: message))
            }
            try await writer.finish(nil)
        }
    }
}
