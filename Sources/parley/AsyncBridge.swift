import Dispatch

/// Runs async work from a synchronous command and waits for it. The root command stays
/// synchronous, so `parley build` keeps a plain main thread (one valgrind can follow)
/// rather than one handed to Dispatch for the async runtime.
enum AsyncBridge {
    static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await work() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    /// Written by the task before it signals, read after the wait: never at the same time.
    private final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }
}
