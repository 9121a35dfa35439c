import Dispatch
import Foundation

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so `serve` can close its connections and stop
/// cleanly. A second Ctrl-C stops at once.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal] = []
    private var hasFired = false
    private var waiter: CheckedContinuation<Void, Never>?

    /// Catches the signals from now on: one that comes before `wait()` is not lost.
    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in fire() }
            source.resume()
            sources.append(source)
        }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            lock.lock()
            if hasFired {
                lock.unlock()
                continuation.resume()
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    private func fire() {
        signal(SIGINT, SIG_DFL)
        lock.lock()
        hasFired = true
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume()
    }
}
