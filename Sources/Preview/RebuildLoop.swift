import Course
import Dispatch
import Foundation

/// Watches the course and builds it again after each save, on a thread of its own, so a
/// long build never holds up serving. Results come out of `builds` in order.
final class RebuildLoop: @unchecked Sendable {
    struct Build: Sendable {
        var outcome: PreviewBuilder.Outcome
        var report: RebuildReport
    }

    let builds: AsyncStream<Build>
    private let continuation: AsyncStream<Build>.Continuation
    private let builder: PreviewBuilder
    private let folders: [String]
    private let interval: Duration
    private let lock = NSLock()
    private var isStopped = false

    /// `interval` is how often to look at the files when the system does not report
    /// changes; where it does, a look every few seconds only guards against missed events.
    init(builder: PreviewBuilder, folders: [String], interval: Duration) {
        self.builder = builder
        self.folders = folders
        self.interval = interval
        (builds, continuation) = AsyncStream<Build>.makeStream()
    }

    /// Builds everything once and starts watching. Throws only when content/ cannot be read.
    func start() async throws -> Build {
        try await withCheckedThrowingContinuation { (result: CheckedContinuation<Build, any Error>) in
            let thread = Thread { [self] in
                // Look at the files first, so a save during the first build is not missed.
                let events = FileEvents(folders: folders)
                let watcher = ChangeWatcher(folders: folders)
                do {
                    result.resume(returning: try timed([]) { try builder.buildEverything() })
                } catch {
                    result.resume(throwing: error)
                    return
                }
                builder.prepareForSaves()
                let wait = events.isImmediate ? max(interval, .seconds(2)) : interval
                while !stopped {
                    events.wait(timeout: wait)
                    if !stopped { look(watcher) }
                }
            }
            thread.name = "parley-preview-rebuild"
            thread.start()
        }
    }

    /// Stops watching; a build under way finishes, but nobody hears of it.
    func stop() {
        lock.withLock { isStopped = true }
        continuation.finish()
    }

    private var stopped: Bool { lock.withLock { isStopped } }

    private func look(_ watcher: ChangeWatcher) {
        var changes = watcher.poll()
        guard !changes.isEmpty else { return }
        var attempts = 0
        while true {
            let build: Build
            do {
                build = try timed(changes.all) { try builder.rebuild(after: changes) }
            } catch {
                // content/ itself went away: report it as a failed build and keep watching.
                let message = String(describing: error)
                let problem = Diagnostic.error(builder.contentFolder, message.hasPrefix("error: ") ? String(message.dropFirst(7)) : message)
                build = Build(outcome: .init(diagnostics: [problem], site: nil, pages: nil, pageCount: 0),
                              report: RebuildReport(diagnostics: [problem], changedFiles: changes.all, pageCount: 0, milliseconds: 0))
            }
            // An editor may still be writing: before showing errors, give it a moment, and
            // build again if anything else changed.
            if !build.outcome.succeeded, attempts < 3 {
                attempts += 1
                Thread.sleep(forTimeInterval: 0.1)
                let later = watcher.poll()
                if !later.isEmpty {
                    changes.merge(later)
                    continue
                }
            }
            continuation.yield(build)
            if build.outcome.succeeded, build.outcome.pages == nil { builder.prepareForSaves() }
            return
        }
    }

    private func timed(_ files: [String], _ work: () throws -> PreviewBuilder.Outcome) throws -> Build {
        let start = DispatchTime.now()
        let outcome = try work()
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        let report = RebuildReport(diagnostics: outcome.diagnostics, changedFiles: files,
                                   renderedPages: outcome.pages?.count, pageCount: outcome.pageCount, milliseconds: milliseconds)
        return Build(outcome: outcome, report: report)
    }
}
