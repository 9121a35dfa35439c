import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so `serve` can close its connections and stop
/// cleanly; and makes sure that stopping never takes more than a second.
///
/// The first signal starts a graceful stop and sets an alarm: if the process is still
/// there 0.75 s later (a connection holds things up, say), SIGALRM ends it with status 0.
/// A second Ctrl-C or SIGTERM ends it at once, with status 128 + the signal's number. All of this happens in the signal
/// handlers themselves, with async-signal-safe calls only, so no busy thread or queue can
/// delay it; the graceful stop is woken through a pipe read by a thread of its own.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var hasFired = false
    private var waiter: CheckedContinuation<Void, Never>?

    /// Catches the signals from now on. Create it on the main thread.
    init() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            // Without the pipe there is no graceful stop; the default handling still stops.
            return
        }
        // Not to be inherited by a browser that `--open` starts.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // Set both before the handlers can run, so that they never initialise a global.
        stopSignalPipe = ends[1]
        stopSignalCount = 0
        let reading = ends[0]
        let thread = Thread { [self] in
            var byte: UInt8 = 0
            while true {
                let count = read(reading, &byte, 1)
                if count == 1 { break }
                if count == 0 || errno != EINTR { return }
            }
            fire()
        }
        thread.name = "parley-stop-signal"
        thread.start()
        signal(SIGALRM, onStopWatchdog)
        signal(SIGINT, onStopSignal)
        signal(SIGTERM, onStopSignal)
        // A parent may have started parley with these signals blocked (a thread of a test
        // runner, say). Dispatch's threads keep them blocked, so unblock them on the
        // calling thread, which must be the main thread: then some thread takes them.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for number in [SIGINT, SIGTERM, SIGALRM] { sigaddset(&stopping, number) }
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
    }

    /// Returns at the first signal.
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

    /// Wakes `wait()`; before anyone waits (the first build is still running) there is
    /// nothing to close yet, so the process ends at once instead of after the build
    /// (`fflush(nil)` flushes every output stream first).
    private func fire() {
        lock.lock()
        hasFired = true
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        guard let waiter else {
            fflush(nil)
            _exit(0)
        }
        waiter.resume()
    }
}

/// Written before the handlers are installed, then only used by them.
nonisolated(unsafe) private var stopSignalPipe: Int32 = -1
nonisolated(unsafe) private var stopSignalCount: Int32 = 0

/// The first signal wakes the graceful stop and sets the alarm; the next one exits.
private func onStopSignal(_ number: Int32) {
    stopSignalCount += 1
    if stopSignalCount > 1 { _exit(128 + number) }
    // A timer of the kernel's, not a thread: it goes off however busy the process is.
    var watchdog = itimerval(it_interval: timeval(tv_sec: 0, tv_usec: 0), it_value: timeval(tv_sec: 0, tv_usec: 750_000))
    #if canImport(Glibc)
    setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &watchdog, nil)
    #else
    setitimer(ITIMER_REAL, &watchdog, nil)
    #endif
    var byte: UInt8 = 1
    _ = write(stopSignalPipe, &byte, 1)
}

/// The graceful stop took too long. parley serve writes nothing, so there is
/// nothing to lose by ending now; the status is the same as for a graceful stop.
private func onStopWatchdog(_: Int32) {
    _exit(0)
}
