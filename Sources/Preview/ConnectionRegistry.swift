import Foundation
import NIOCore

/// The server's open connections, so that stopping can close them all at once instead of
/// waiting for slow clients to finish.
final class ConnectionRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var channels: [ObjectIdentifier: any Channel] = [:]
    private var isClosed = false

    /// Remembers `channel` until it closes; closes it at once when the server is stopping.
    func add(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        let isOpen = lock.withLock {
            if !isClosed { channels[id] = channel }
            return !isClosed
        }
        guard isOpen else {
            channel.close(promise: nil)
            return
        }
        channel.closeFuture.whenComplete { [self] _ in
            lock.withLock { channels[id] = nil }
        }
    }

    var count: Int { lock.withLock { channels.count } }

    /// Closes every connection, and every one that is still being accepted.
    func closeAll() {
        let open = lock.withLock {
            isClosed = true
            defer { channels = [:] }
            return Array(channels.values)
        }
        for channel in open { channel.close(promise: nil) }
    }
}
