import NIOCore

/// Whether the server started listening, and where, or why it could not: told once by the
/// server's task, waited for by `PreviewServer.start`.
actor ListenOutcome {
    private var outcome: Result<SocketAddress?, any Error>?
    private var waiter: CheckedContinuation<SocketAddress?, any Error>?

    func listening(at address: SocketAddress?) {
        finish(.success(address))
    }

    func failed(_ error: any Error) {
        finish(.failure(error))
    }

    /// The address the server listens on; throws what stopped it from listening.
    func address() async throws -> SocketAddress? {
        if let outcome { return try outcome.get() }
        return try await withCheckedThrowingContinuation { waiter = $0 }
    }

    private func finish(_ outcome: Result<SocketAddress?, any Error>) {
        guard self.outcome == nil else { return }
        self.outcome = outcome
        waiter?.resume(with: outcome)
        waiter = nil
    }
}
