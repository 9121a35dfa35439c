#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CourseFixtures
import Foundation

/// The built `parley serve` binary running on a course, as an author starts it, optionally
/// with a lower limit of open files (`ulimit -n`). Killed after the test if still running.
final class ServeProcess: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    private let output = Pipe()

    /// The debug build next to the tests (`swift build --build-tests` makes both).
    static var binary: URL {
        let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("parley")
        if let besideTests, FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/parley")
    }

    /// `port` nil starts it without `--port`: it takes 8000, or the next free port.
    init(course: TemporaryCourse, openFiles: Int? = nil, port: UInt16? = 0) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            throw Failure(description: "no parley binary at \(Self.binary.path): run `swift build` first")
        }
        let arguments = ["serve"] + (port.map { ["--port", String($0)] } ?? []) + ["--source", course.content, "--themes", TemporaryCourse.themes]
        if let openFiles {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(openFiles) && exec \"$0\" \"$@\"", Self.binary.path] + arguments
        } else {
            process.executableURL = Self.binary
            process.arguments = arguments
        }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the line that says where the course is served, and returns its port.
    func port() async throws -> UInt16 {
        let reading = output.fileHandleForReading
        return try await RawHTTPClient.onThread {
            var text = ""
            while true {
                let data = reading.availableData
                guard !data.isEmpty else { throw Failure(description: "parley serve ended before serving: \(text)") }
                text += String(decoding: data, as: UTF8.self)
                if let line = text.split(separator: "\n").first(where: { $0.contains("serving the course at") }),
                   let url = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
                   let port = URL(string: String(url))?.port.flatMap(UInt16.init(exactly:)) {
                    return port
                }
            }
        }
    }

    /// Waits (up to `limit`) until the process has its own handler for `signal`, so a test
    /// that times how it stops does not time how long a busy machine takes to start it.
    /// Read from Linux's /proc; elsewhere it waits half a second.
    func handles(_ signal: Int32, within limit: Duration = .seconds(20)) async -> Bool {
        #if os(Linux)
        let deadline = ContinuousClock.now + limit
        let status = "/proc/\(process.processIdentifier)/status"
        while process.isRunning, ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: status, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
               let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16),
               mask & (1 << UInt64(signal - 1)) != 0 {
                return true
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return false
        #else
        try? await Task.sleep(for: .milliseconds(500))
        return process.isRunning
        #endif
    }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// True when the process ends within `limit`.
    func ends(within limit: Duration) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return !process.isRunning
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
