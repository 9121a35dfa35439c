import Course
import Dispatch
import Foundation

/// Watches the course and builds it again after each save, on a queue of its own, so a
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
    private let queue = DispatchQueue(label: "parley.preview.rebuild")
    // Touched only on `queue`.
    private var watcher: ChangeWatcher?
    private var isStopped = false

    init(builder: PreviewBuilder, folders: [String], interval: Duration) {
        self.builder = builder
        self.folders = folders
        self.interval = interval
        (builds, continuation) = AsyncStream<Build>.makeStream()
    }

    /// Builds everything once and starts watching. Throws only when content/ cannot be read.
    func start() async throws -> Build {
        try await withCheckedThrowingContinuation { (result: CheckedContinuation<Build, any Error>) in
            queue.async {
                // Look at the files first, so a save during the first build is not missed.
                self.watcher = ChangeWatcher(folders: self.folders)
                do {
                    let first = try self.timed([]) { try self.builder.buildEverything() }
                    result.resume(returning: first)
                    self.scheduleNextLook()
                } catch {
                    result.resume(throwing: error)
                }
            }
        }
    }

    /// Stops watching; a build under way finishes, but nobody hears of it.
    func stop() {
        queue.async { [self] in isStopped = true }
        continuation.finish()
    }

    private func scheduleNextLook() {
        queue.asyncAfter(deadline: .now() + .nanoseconds(Int(interval.nanoseconds))) { [self] in
            guard !isStopped else { return }
            look()
            scheduleNextLook()
        }
    }

    private func look() {
        guard let watcher else { return }
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

extension Duration {
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
