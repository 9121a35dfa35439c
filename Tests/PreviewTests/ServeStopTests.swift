#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CourseFixtures
import Foundation
import Testing

/// SIGTERM stops `parley serve` within a second, whatever it is doing.
@Suite(.timeLimit(.minutes(2))) struct ServeStopTests {
    @Test func sigtermStopsServeWithinASecondWhileLongRequestsAreRead() async throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let serve = try ServeProcess(course: course)
        let port = try await serve.port()
        let long = "GET /" + String(repeating: "a", count: 300 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
        let senders = (0..<2).map { _ in Task { try? await RawHTTPClient.exchange(port: port, long) } }
        try await Task.sleep(for: .milliseconds(300))
        serve.send(SIGTERM)
        let hasEnded = await serve.ends(within: .seconds(1))
        #expect(hasEnded)
        if hasEnded { #expect(serve.process.terminationStatus == 0) }
        for sender in senders { _ = await sender.value }
    }

    @Test func sigtermStopsServeAtOnceDuringTheFirstBuild() async throws {
        let course = try TemporaryCourse(Self.largeCourse(modules: 50))
        let serve = try ServeProcess(course: course)
        // Running, with its handlers in place, and far from having built a thousand lessons.
        #expect(await serve.handles(SIGTERM))
        try await Task.sleep(for: .milliseconds(100))
        serve.send(SIGTERM)
        let hasEnded = await serve.ends(within: .seconds(1))
        #expect(hasEnded)
        if hasEnded { #expect(serve.process.terminationStatus == 0) }
    }

    /// Modules of 20 lessons of about 4 kB each.
    static func largeCourse(modules: Int) -> [String: String] {
        var files = ["course.yaml": "title: Large course\ndescription: Many lessons.\n"]
        let paragraph = String(repeating: "A customer who feels heard is far easier to help. ", count: 40)
        for module in 1...modules {
            let folder = (module < 10 ? "0" : "") + "\(module)-module-\(module)"
            files["\(folder)/index.md"] = "---\ntitle: Module \(module)\n---\n\nWhat this module is about.\n"
            for lesson in 1...20 {
                let name = (lesson < 10 ? "0" : "") + "\(lesson)-lesson-\(lesson).md"
                files["\(folder)/\(name)"] = "---\ntitle: Lesson \(module).\(lesson)\n---\n\n## Why\n\n\(paragraph)\n\n## How\n\n\(paragraph)\n"
            }
        }
        return files
    }
}
