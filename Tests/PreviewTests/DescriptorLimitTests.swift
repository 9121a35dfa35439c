import CourseFixtures
import Foundation
import Testing

/// Out of file descriptors, `parley serve` waits and takes connections again once some
/// are closed, instead of closing its listening socket for good.
@Suite(.timeLimit(.minutes(2))) struct DescriptorLimitTests {
    @Test func serveKeepsAcceptingAfterRunningOutOfDescriptors() async throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let serve = try ServeProcess(course: course, openFiles: 128)
        let port = try await serve.port()
        let sockets = try await RawHTTPClient.onThread {
            var sockets: [Int32] = []
            for _ in 0..<600 {
                guard let socket = try? RawHTTPClient.connect(port: port, timeout: 0.3) else { break }
                sockets.append(socket)
            }
            return sockets
        }
        // More than the server can hold open: the rest waited in its queue, or were refused.
        #expect(sockets.count > 128)
        for socket in sockets { RawHTTPClient.disconnect(socket) }

        var status = 0
        let deadline = ContinuousClock.now + .seconds(5)
        while status != 200, ContinuousClock.now < deadline {
            status = (try? await RawHTTPClient.request(port: port, "/basics/first/"))?.status ?? 0
            if status != 200 { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(status == 200)
        #expect(serve.process.isRunning)
    }
}
