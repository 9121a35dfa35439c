import Foundation

/// The open pages' event streams: each gets every event, in order, until it disconnects
/// or the server stops.
actor EventHub {
    private var clients: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var isClosed = false

    /// A new stream that starts with `greeting`.
    func subscribe(greeting: [ServerEvent]) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(256))
        // Ask the browser to reconnect quickly when the server comes back.
        continuation.yield(Data("retry: 500\n\n".utf8))
        for event in greeting { continuation.yield(event.encoded) }
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { _ in
            Task { await self.remove(id) }
        }
        return stream
    }

    func send(_ event: ServerEvent) {
        for client in clients.values { client.yield(event.encoded) }
    }

    func sendKeepAlive() {
        for client in clients.values { client.yield(ServerEvent.keepAlive) }
    }

    var count: Int { clients.count }

    /// Ends every stream, so their connections close.
    func close() {
        isClosed = true
        for client in clients.values { client.finish() }
        clients = [:]
    }

    private func remove(_ id: UUID) {
        clients[id] = nil
    }
}
