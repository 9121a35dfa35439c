import CourseFixtures
import Foundation
import Testing

/// Requests that try to leave the site never get a file from outside it.
@Suite struct PathSafetyTests {
    static let attempts = [
        "/../../../../etc/hostname",
        "/%2e%2e/%2e%2e/etc/hostname",
        "/%2E%2E/%2E%2E/%2E%2E/etc/hostname",
        "/..%2f..%2fetc/hostname",
        "/basics/..%2f..%2f..%2fetc%2fhostname",
        "/basics/..%5c..%5cetc%5chostname",
        "/basics/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostname",
        "/./index.html/../../etc/hostname",
        "/basics/first/%00",
    ]

    @Test(arguments: attempts) func traversalIsRefused(_ target: String) async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await preview.get(target)
            switch response.status {
            case 403: #expect(response.text.hasPrefix("Forbidden"))
            case 404: #expect(response.text.contains("Page not found"))
            default: Issue.record("\(target) → \(response.status)")
            }
        }
    }

    @Test func aSymlinkToAFileOutsideTheContentIsRefused() async throws {
        try await RunningPreview.with(TemporaryCourse.basics.merging(["01-basics/img/chart.png": "PNG"]) { $1 }) { preview in
            let secret = preview.course.folder.appendingPathComponent("secret.txt")
            try "TOP SECRET".write(to: secret, atomically: true, encoding: .utf8)
            // The build refuses the link; the last good site stays served, without the file.
            try await rebuilding(preview, until: "errors") {
                try FileManager.default.createSymbolicLink(atPath: preview.course.content + "/01-basics/img/leak.txt", withDestinationPath: secret.path)
            }
            #expect(try await preview.get("/basics/img/chart.png").text == "PNG")
            let response = try await preview.get("/basics/img/leak.txt")
            #expect(response.status == 404)
            #expect(!response.text.contains("TOP SECRET"))
        }
    }

    @Test func aSymlinkToAFolderOutsideTheContentIsRefused() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let outside = preview.course.folder.appendingPathComponent("outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try "TOP SECRET".write(to: outside.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            try await rebuilding(preview, until: "errors") {
                try FileManager.default.createSymbolicLink(atPath: preview.course.content + "/01-basics/shared", withDestinationPath: outside.path)
            }
            let response = try await preview.get("/basics/shared/notes.txt")
            #expect(response.status == 404)
            #expect(!response.text.contains("TOP SECRET"))
        }
    }

    /// Makes a change and waits until the preview has built the course again and sent `event`.
    private func rebuilding(_ preview: RunningPreview, until event: String, _ change: () throws -> Void) async throws {
        let events = try await preview.events()
        defer { events.close() }
        try change()
        #expect(await events.next(event) != nil)
    }
}
