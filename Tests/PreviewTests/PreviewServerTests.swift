import Kinds
import Course
import CourseFixtures
import Foundation
import Preview
import Site
import Testing

@Suite struct PreviewServerTests {
    let lesson = "/basics/first/"

    @Test func servesPagesWithTheReloadScriptThatTheBuildDoesNotContain() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await preview.get(lesson)
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.text.contains("<h1>First lesson</h1>"))
            #expect(response.text.contains("<script src=\"/__parley/reload.js?build="))
            #expect(response.text.range(of: "reload.js")?.lowerBound ?? response.text.endIndex < response.text.range(of: "</body>")?.lowerBound ?? response.text.startIndex)

            var build = Build(kinds: Kinds.all, source: preview.course.content, output: preview.course.output)
            build.themes = TemporaryCourse.themes
            let built = try build.check().files.first { $0.path == "basics/first/index.html" }
            guard case .bytes(let data)? = built?.contents else { Issue.record("no built page"); return }
            #expect(!String(decoding: data, as: UTF8.self).contains("__parley"))
        }
    }

    @Test func servesTheScriptItInjects() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let script = try await preview.get("/__parley/reload.js")
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("EventSource"))
            #expect(try await preview.get("/__parley/preview.css").status == 200)
        }
    }

    @Test func savingALessonReloadsItWithTheNewText() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let events = try await preview.events()
            defer { events.close() }
            try preview.course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: 5\n---\n\nA fresh sentence.\n")
            let reload = try #require(await events.next("reload"))
            #expect(reload.data.contains("\"pages\":[\"basics/first/\",\"search/\"]"))
            #expect(try await preview.get(lesson).text.contains("A fresh sentence."))
        }
    }

    @Test func anErrorSendsEveryDiagnosticAndKeepsTheLastGoodPage() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let events = try await preview.events()
            defer { events.close() }
            try preview.course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: ten\n---\n\nBroken [link](missing.md).\n")
            let errors = try #require(await events.next("errors"))
            #expect(errors.data.contains("\"file\":\"\(preview.course.content)/01-basics/01-first.md\""))
            #expect(errors.data.contains("'duration' must be a whole number of minutes"))
            #expect(errors.data.contains("link to a missing page '01-basics/missing.md'"))
            #expect(errors.data.contains("\"hint\":"))
            #expect(errors.data.contains("\"line\":3"))
            let page = try await preview.get(lesson)
            #expect(page.status == 200)
            #expect(page.text.contains("Saying no kindly"))

            // A page opened now learns about the errors as soon as it connects.
            let late = try EventStreamClient(port: preview.port)
            defer { late.close() }
            #expect(await late.next("errors") != nil)

            try preview.course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: 5\n---\n\nFixed.\n")
            #expect(await events.next("reload") != nil)
            #expect(try await preview.get(lesson).text.contains("Fixed."))
        }
    }

    @Test func aNewPageRebuildsEverythingAndReloadsEveryPage() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let events = try await preview.events()
            defer { events.close() }
            try preview.course.write("01-basics/03-third.md", "---\ntitle: Third lesson\n---\n\nNew.\n")
            let reload = try #require(await events.next("reload"))
            #expect(!reload.data.contains("pages"))
            #expect(try await preview.get("/basics/second/").text.contains("Third lesson"))
        }
    }

    @Test func unknownPathsGetTheSitesNotFoundPage() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await preview.get("/no/such/page/")
            #expect(response.status == 404)
            #expect(response.text.contains("Page not found"))
            #expect(response.text.contains("/__parley/reload.js"))
        }
    }

    @Test func aFolderWithoutItsSlashIsRedirected() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await preview.get("/basics/first")
            #expect(response.status == 301)
            #expect(response.headers["location"] == "/basics/first/")
        }
    }

    @Test func headGivesTheHeadersWithoutTheBody() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await preview.get(lesson, method: "HEAD")
            #expect(response.status == 200)
            #expect(response.body.isEmpty)
            #expect(Int(response.headers["content-length"] ?? "") ?? 0 > 1000)
        }
    }

    @Test func answersOnlyToLoopbackHostNames() async throws {
        try await RunningPreview.with(TemporaryCourse.basics) { preview in
            let response = try await RawHTTPClient.request(port: preview.port, lesson, host: "attacker.example")
            #expect(response.status == 403)
        }
    }

    @Test func aCourseThatNeverBuiltShowsItsErrors() async throws {
        var files = TemporaryCourse.basics
        files["01-basics/01-first.md"] = "---\nduration: 5\n---\n"
        try await RunningPreview.with(files) { preview in
            #expect(!preview.first.succeeded)
            let page = try await preview.get("/")
            #expect(page.status == 503)
            #expect(page.text.contains("/__parley/reload.js"))
            let events = try EventStreamClient(port: preview.port)
            defer { events.close() }
            #expect(await events.next("errors")?.data.contains("missing 'title' in front matter") == true)
        }
    }
}
