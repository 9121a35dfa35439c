import CourseFixtures
import Foundation
import Testing

/// Connections that send nothing are closed after the idle timeout; an open page's event
/// stream, which the server is still answering, is not.
@Suite struct IdleTimeoutTests {
    /// Seconds until the server closes `socket`, or nil when it does not within 10 s.
    private func secondsUntilClosed(_ socket: Int32) async throws -> Double? {
        try await RawHTTPClient.onThread {
            let start = Date()
            defer { RawHTTPClient.disconnect(socket) }
            while true {
                do {
                    guard try RawHTTPClient.receive(socket) != nil else { return Date().timeIntervalSince(start) }
                } catch {
                    return nil
                }
            }
        }
    }

    @Test func anIdleConnectionIsClosedAfterTheTimeout() async throws {
        try await RunningPreview.with(TemporaryCourse.basics, idleTimeout: .seconds(1)) { preview in
            let socket = try RawHTTPClient.connect(port: preview.port)
            let seconds = try #require(try await secondsUntilClosed(socket))
            #expect(seconds > 0.8 && seconds < 3)
        }
    }

    @Test func aRequestHeadThatNeverEndsIsClosedAfterTheTimeout() async throws {
        try await RunningPreview.with(TemporaryCourse.basics, idleTimeout: .seconds(1)) { preview in
            let socket = try RawHTTPClient.connect(port: preview.port)
            try RawHTTPClient.send(socket, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(preview.port)\r\nX-Slow: ")
            let seconds = try #require(try await secondsUntilClosed(socket))
            #expect(seconds > 0.8 && seconds < 3)
        }
    }

    @Test func anEventStreamStaysOpenPastTheTimeout() async throws {
        try await RunningPreview.with(TemporaryCourse.basics, idleTimeout: .seconds(1)) { preview in
            let events = try await preview.events()
            defer { events.close() }
            try await Task.sleep(for: .milliseconds(2500))
            try preview.course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: 5\n---\n\nStill listening.\n")
            #expect(await events.next("reload") != nil)
        }
    }
}
