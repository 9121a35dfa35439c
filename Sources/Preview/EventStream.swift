import FlyingFox
import FlyingSocks
import Foundation

/// A response body that stays open and sends Server-Sent Events as they come, for
/// FlyingFox's chunked bodies.
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8

    let messages: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(messages: messages.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var messages: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        /// Waits for the next message, then hands it out in pieces of at most `count` bytes.
        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let message = await messages.next() else { return nil }
                pending = [UInt8](message)
            }
            let size = Swift.min(Swift.max(count, 1), pending.count)
            let buffer = Array(pending.prefix(size))
            pending.removeFirst(size)
            return buffer
        }
    }
}
