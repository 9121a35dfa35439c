import Kinds
import CourseFixtures
import Foundation
import Preview
import Site

/// A preview server on a free port over a temporary course, stopped after the test.
struct RunningPreview {
    let server: PreviewServer
    let url: URL
    let first: RebuildReport
    let course: TemporaryCourse

    var port: UInt16 { UInt16(url.port ?? 0) }

    static func with(_ files: [String: String], idleTimeout: Duration = .seconds(20),
                     _ body: (RunningPreview) async throws -> Void) async throws {
        let course = try TemporaryCourse(files)
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let server = PreviewServer(build: build, port: 0, pollInterval: .milliseconds(50), idleTimeout: idleTimeout)
        let (url, first) = try await server.start()
        let preview = RunningPreview(server: server, url: url, first: first, course: course)
        do {
            try await body(preview)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func get(_ target: String, method: String = "GET") async throws -> RawHTTPClient.Response {
        try await RawHTTPClient.request(port: port, target, method: method)
    }

    func events() async throws -> EventStreamClient {
        let client = try EventStreamClient(port: port)
        _ = await client.next("hello")
        return client
    }
}
