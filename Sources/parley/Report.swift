import ArgumentParser
import Course
import Site
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Printing diagnostics in compiler format and the one-line summary.
enum Report {
    /// Runs a build (or an export, which holds one), then prints its diagnostics (and
    /// timings when asked). An environment failure (content/ unreadable, output not
    /// writable) is printed and ends with status 1.
    /// `failure` is the last line printed after an environment failure, so a run that
    /// could not write ends with the same kind of summary as one stopped by the content.
    static func outcome<Value>(of work: () throws -> Value, build: (Value) -> Build.Result, timings: Bool,
                               failure: String? = nil) throws -> Value {
        let value: Value
        do {
            value = try work()
            endProgress()
        } catch {
            endProgress()
            fail("\(error)")
            if let failure { fail(failure) }
            throw ExitCode.failure
        }
        let result = build(value)
        print(result.diagnostics)
        if timings { self.timings(result.timings) }
        return value
    }

    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    static func timings(_ laps: [Build.Lap]) {
        let text = laps.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", ")
        let peak = (laps.map(\.peakBytes).max() ?? 0) / 1_000_000
        let growth = laps.map { "\($0.stage) \($0.peakBytes / 1_000_000) MB" }.joined(separator: ", ")
        FileHandle.standardError.write(Data(("timings: " + text + "\npeak memory: \(peak) MB (by the end of \(growth))\n").utf8))
    }

    /// On a terminal, one line that says which stage the build is in, rewritten in place;
    /// nil when output goes to a file or CI log.
    static func progressLine() -> (@Sendable (String) -> Void)? {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        return { stage in
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(stage)…".utf8))
        }
    }

    /// Clears the progress line before the summary is printed.
    static func endProgress() {
        guard isatty(STDERR_FILENO) != 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
