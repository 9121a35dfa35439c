import ArgumentParser
import Foundation
import Preview

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the course with live reload: save a file and the page reloads.",
        discussion: """
            Builds into memory (nothing is written, public/ is left alone) and serves on \
            127.0.0.1. After each save the changed pages reload; when a save brings an error, \
            the browser shows every problem over the last good version. Answer keys and \
            warnings are shown in the pages as author hints. Stop with Ctrl-C.
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Port to listen on; 0 picks a free one. (default: 8000, or the next free port)")
    var port: UInt16?

    @Option(name: .long, help: "Address to listen on. Use another than loopback only on a network you trust.")
    var host = "127.0.0.1"

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    func run() throws {
        let stop = StopSignal()
        try AsyncBridge.wait { try await serve(until: stop) }
    }

    private func serve(until stop: StopSignal) async throws {
        let candidates: [UInt16] = port.map { [$0] } ?? Array(8000...8010)
        var started: (server: PreviewServer, url: URL, first: RebuildReport)?
        var lastError: (any Error)?
        for candidate in candidates where started == nil {
            let server = PreviewServer(build: options.build(output: "public"), host: host, port: candidate)
            do {
                let (url, first) = try await server.start(onRebuild: Self.print)
                started = (server, url, first)
            } catch let failure as PreviewServer.Failure {
                lastError = failure
                if case .badHost = failure { break }
            } catch {
                Report.fail("\(error)")
                throw ExitCode.failure
            }
        }
        guard let (server, url, first) = started else {
            Report.fail(lastError.map { "\($0)" } ?? "error: cannot start the preview")
            throw ExitCode.failure
        }
        Report.print(first.diagnostics)
        if first.succeeded {
            Self.say("built \(first.pageCount) pages in \(first.milliseconds) ms (\(Report.counts(first.diagnostics)))")
        } else {
            Self.say("the course has errors (\(Report.counts(first.diagnostics))): the browser lists them until they are fixed")
        }
        Self.say("serving the course at \(url.absoluteString) — press Ctrl-C to stop")
        if open { Browser.open(url) }
        await stop.wait()
        Self.say("stopping")
        await server.stop()
    }

    @Sendable static func print(_ report: RebuildReport) {
        Report.print(report.diagnostics)
        let cause = report.changedFiles.prefix(3).joined(separator: ", ") + (report.changedFiles.count > 3 ? ", …" : "")
        guard report.succeeded else {
            say("\(cause): not reloaded, \(Report.counts(report.diagnostics)); the last good site is still served")
            return
        }
        let counts = Report.counts(report.diagnostics)
        if let pages = report.renderedPages {
            say("\(cause): rebuilt in \(report.milliseconds) ms, \(pages) page\(pages == 1 ? "" : "s") to reload (\(counts))")
        } else {
            say("\(cause): rebuilt all \(report.pageCount) pages in \(report.milliseconds) ms (\(counts))")
        }
    }

    /// Prints a line at once, also when the output is a pipe.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
