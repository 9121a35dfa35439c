import CourseFixtures
import Foundation
import Testing

/// Requests meant to tie the preview up are refused at once, and it goes on answering.
@Suite struct HostileRequestTests {
    /// A whole request to `target` on the preview, with `headers` (each ending in CRLF).
    private func request(_ port: UInt16, _ target: String = "/basics/first/", headers: String = "", keepAlive: Bool = false) -> String {
        "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headers)" + (keepAlive ? "" : "Connection: close\r\n") + "\r\n"
    }

    @Test func aRequestLineOver8KBGets414AtOnce() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let start = ContinuousClock.now
            let response = try await RawHTTPClient.exchange(port: preview.port, request(preview.port, "/" + String(repeating: "a", count: 9 * 1024)))
            #expect(response.status == 414)
            #expect(response.headers["connection"] == "close")
            // (It took 11 s of CPU before the limits; 2 s leaves room for a busy machine.)
        #expect(ContinuousClock.now - start < .seconds(2))
        }
    }

    @Test func aRequestLineOfExactly8KBIsServed() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let target = "/basics/first/?" + String(repeating: "q", count: 8 * 1024 - "GET /basics/first/? HTTP/1.1".utf8.count)
            let response = try await RawHTTPClient.exchange(port: preview.port, request(preview.port, target))
            #expect(response.status == 200)
        }
    }

    @Test func aHeaderLineOver8KBGets431() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let header = "X-Long: " + String(repeating: "b", count: 9 * 1024) + "\r\n"
            let response = try await RawHTTPClient.exchange(port: preview.port, request(preview.port, headers: header))
            #expect(response.status == 431)
        }
    }

    @Test func headersOver64KBInAllGet431EvenInSmallLines() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let headers = (0..<1100).map { "X-Header-\($0): " + String(repeating: "c", count: 50) + "\r\n" }.joined()
            #expect(headers.utf8.count > 70 * 1000)
            let response = try await RawHTTPClient.exchange(port: preview.port, request(preview.port, headers: headers))
            #expect(response.status == 431)
        }
    }

    @Test func headersUnder64KBInAllAreServed() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let headers = (0..<900).map { "X-Header-\($0): " + String(repeating: "c", count: 50) + "\r\n" }.joined()
            let response = try await RawHTTPClient.exchange(port: preview.port, request(preview.port, headers: headers))
            #expect(response.status == 200)
        }
    }

    @Test func aSecondHostHeaderGets400() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await RawHTTPClient.exchange(port: preview.port, request(preview.port, headers: "Host: attacker.example\r\n"))
            #expect(response.status == 400)
        }
    }

    @Test func aPageIsAnsweredWithinASecondAfterTwo300KBRequestLines() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let port = preview.port
            let long = request(port, "/" + String(repeating: "a", count: 300 * 1024))
            async let first = RawHTTPClient.exchange(port: port, long)
            async let second = RawHTTPClient.exchange(port: port, long)
            try await Task.sleep(for: .milliseconds(100))
            let start = ContinuousClock.now
            let page = try await preview.get("/basics/first/")
            #expect(page.status == 200)
            #expect(ContinuousClock.now - start < .seconds(1))
            _ = try? await (first, second)
        }
    }

    @Test func eachRequestOnAConnectionIsWatched() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            // Sent together: the second head comes after the first request has been read.
            let both = request(preview.port, keepAlive: true) + request(preview.port, "/" + String(repeating: "a", count: 9 * 1024))
            let response = try await RawHTTPClient.exchange(port: preview.port, both)
            #expect(response.status == 200)
            #expect(response.text.contains("HTTP/1.1 414 URI Too Long"))
        }
    }
}
