import Course
import CourseFixtures
import Foundation
import Testing
@testable import Site

/// `parley build` writes pages as they render and `parley check` keeps none; both must make
/// exactly the site the in-memory render makes.
@Suite struct StreamingBuildTests {
    @Test func theWrittenSiteIsTheSiteRenderedInMemory() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        var build = Build(source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let inMemory = try build.check()
        let written = try build.run()
        #expect(written.succeeded)
        #expect(written.pageCount == inMemory.pageCount)
        #expect(inMemory.files.count > 5)
        for file in inMemory.files {
            let onDisk = FileManager.default.contents(atPath: course.output + "/" + file.path)
            switch file.contents {
            case .bytes(let data): #expect(onDisk == data, "\(file.path)")
            case .copy(let source): #expect(onDisk == FileManager.default.contents(atPath: source), "\(file.path)")
            }
        }
        let checked = try build.checkOnly()
        #expect(checked.pageCount == inMemory.pageCount)
        #expect(checked.files.isEmpty)
    }

    @Test func aPhraseBankOutlivesItsPageForThePhrasebook() throws {
        let bank = "---\ntitle: Calm phrases\ntype: phrasebank\n---\n\n## Openers\n\n- \"Calm down.\" → \"I hear you.\"\n  Naming the feeling works better.\n"
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/05-phrases.md": bank]) { $1 })
        var build = Build(source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(course.built("phrasebook/index.html")?.contains("I hear you.") == true)
    }
}

@Suite struct SidebarTests {
    @Test func marksOnlyTheCurrentPagesLink() {
        let sidebar = Sidebar(html: "<a href=\"a\" data-nav=\"m/a/\">A</a><a href=\"b\" data-nav=\"m/b/\">B</a>")
        #expect(sidebar.marking("m/b/") == "<a href=\"a\" data-nav=\"m/a/\">A</a><a href=\"b\" data-nav=\"m/b/\" aria-current=\"page\">B</a>")
        #expect(sidebar.marking("m/a/") == "<a href=\"a\" data-nav=\"m/a/\" aria-current=\"page\">A</a><a href=\"b\" data-nav=\"m/b/\">B</a>")
        #expect(sidebar.marking("m/c/") == sidebar.html)
    }

    @Test func findsTheLinkAfterTextThatIsNotASCII() {
        let sidebar = Sidebar(html: "<p>Café — “calm”</p><a data-nav=\"ä/b/\">Ä</a>")
        #expect(sidebar.marking("ä/b/") == "<p>Café — “calm”</p><a data-nav=\"ä/b/\" aria-current=\"page\">Ä</a>")
    }
}
