import Foundation

/// The first error thrown by work done on many threads at once.
final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: (any Error)?

    /// Runs `work` unless an earlier call failed, and keeps its error if it is the first.
    func run(_ work: () throws -> Void) {
        guard lock.withLock({ failure == nil }) else { return }
        do {
            try work()
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    func rethrow() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
