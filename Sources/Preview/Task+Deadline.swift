import Foundation

extension Task where Success == Void, Failure == Never {
    /// Waits until the task has finished, or `limit` has passed; true when it finished.
    /// The task goes on either way: this only stops waiting for it.
    func finished(within limit: Duration) async -> Bool {
        let once = OnceFlag()
        return await withCheckedContinuation { continuation in
            Task<Void, Never> {
                await self.value
                if once.claim() { continuation.resume(returning: true) }
            }
            Task<Void, Never> {
                try? await Task<Never, Never>.sleep(for: limit)
                if once.claim() { continuation.resume(returning: false) }
            }
        }
    }
}

/// True for the first caller only.
private final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isClaimed = false

    func claim() -> Bool {
        lock.withLock {
            defer { isClaimed = true }
            return !isClaimed
        }
    }
}
