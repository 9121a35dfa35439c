import Kinds
import Course
import CourseFixtures
import Foundation
import Testing
@testable import Site

extension Build {
    /// A build of a test course with the repository's themes.
    init(writing course: TemporaryCourse) {
        self.init(kinds: Kinds.all, source: course.content, output: course.output)
        themes = TemporaryCourse.themes
    }
}

/// `parley build` writes pages as they render and `parley check` keeps none; both must make
/// exactly the site the in-memory render makes.
@Suite struct StreamingBuildTests {
    @Test func theWrittenSiteIsTheSiteRenderedInMemory() throws {
        // Links of every kind, in lessons whose bodies a build makes while reading them:
        // to a module folder without index.md, to a file beside the lessons, to an anchor.
        let links = "---\ntitle: Links\n---\n\n## Here\n\nSee [the other module](../02-other/), [a chart](img/chart.png), [here](#here), [the first](01-first.md#saying-no-kindly) and [the web](https://example.org).\n\n![A chart](img/chart.png)\n"
        let other = "---\ntitle: Other lesson\n---\n\nBack to [links](../01-basics/03-links.md).\n"
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/03-links.md": links, "01-basics/img/chart.png": "png", "02-other/01-lesson.md": other,
        ]) { $1 })
        let build = Build(writing: course)
        let inMemory = try build.check()
        let written = try build.run()
        #expect(written.succeeded, "\(written.diagnostics)")
        #expect(written.pageCount == inMemory.pageCount)
        #expect(course.built("basics/links/index.html")?.contains("href=\"../../other/index.html\"") == true)
        #expect(course.built("basics/links/index.html")?.contains("src=\"../img/chart.png\"") == true)
        #expect(inMemory.files.count > 5)
        for file in inMemory.files {
            let onDisk = FileManager.default.contents(atPath: course.output + "/" + file.path)
            switch file.contents {
            case .bytes(let data): #expect(onDisk == data, "\(file.path)")
            case .copy(let source): #expect(onDisk == FileManager.default.contents(atPath: source), "\(file.path)")
            }
        }
        // A check renders every page (so it finds what a build would) and writes nothing.
        var elsewhere = Build(kinds: Kinds.all, source: course.content, output: course.folder.appendingPathComponent("unused").path)
        elsewhere.themes = TemporaryCourse.themes
        let checked = try elsewhere.checkOnly()
        #expect(checked.pageCount == inMemory.pageCount)
        #expect(!FileManager.default.fileExists(atPath: elsewhere.output))
    }

    @Test func aPhraseBankOutlivesItsPageForThePhrasebook() throws {
        let bank = "---\ntitle: Calm phrases\ntype: phrasebank\n---\n\n## Openers\n\n- \"Calm down.\" → \"I hear you.\"\n  Naming the feeling works better.\n"
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/05-phrases.md": bank]) { $1 })
        let build = Build(writing: course)
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(course.built("phrasebook/index.html")?.contains("I hear you.") == true)
    }
}

/// The load stage leaves values, not trees: what later stages check (links, the phrase
/// linter) is read from them, at the right place.
@Suite struct ValuesAfterLoadingTests {
    @Test func aBrokenLinkIsReportedAtItsLineAndColumn() throws {
        let lesson = "---\ntitle: L\n---\n\nText.\n\nSee [nothing](missing.md) and [no anchor](#nowhere).\n"
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/03-l.md": lesson]) { $1 })
        let build = Build(writing: course)
        let result = try build.run()
        #expect(!result.succeeded)
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map(\.line) == [7, 7], "\(errors)")
        #expect(errors.map(\.column) == [5, 31], "\(errors)")
        #expect(course.built("index.html") == nil)
    }

    @Test func theLinterReadsTheProseTheLoaderKept() throws {
        let bank = "---\ntitle: Bank\ntype: phrasebank\n---\n\n## Openers\n\n- \"Calm down.\" → \"I hear you.\"\n  Naming the feeling works better.\n"
        let lesson = "---\ntitle: L\n---\n\nIf they shout, tell them to calm down and wait. See [the first](01-first.md).\n\nNever say “Calm down.” to anyone.\n"
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/05-bank.md": bank, "01-basics/03-l.md": lesson]) { $1 })
        let build = Build(writing: course)
        for result in [try build.run(), try build.checkOnly(), try build.check()] {
            let warnings = result.diagnostics.filter { $0.message.contains("says to avoid") }
            #expect(warnings.count == 1, "\(result.diagnostics)")
            #expect(warnings.first?.line == 5)
            #expect(warnings.first?.file == course.content + "/01-basics/03-l.md")
        }
        let page = try #require(course.built("basics/l/index.html"))
        #expect(page.contains("<a href=\"../first/index.html\">the first</a>"))
    }
}

@Suite struct SidebarTests {
    func rendered(_ links: [(href: String, id: String, title: String)], before: String = "") -> Sidebar {
        Sidebar(rendered: before + links.map { "<a href=\"\($0.href)\" data-nav=\"\($0.id)\"\(Sidebar.mark($0.id))>\($0.title)</a>" }.joined())
    }

    @Test func marksOnlyTheCurrentPagesLink() {
        let sidebar = rendered([("a", "m/a/", "A"), ("b", "m/b/", "B")])
        #expect(sidebar.marking("m/b/") == "<a href=\"a\" data-nav=\"m/a/\">A</a><a href=\"b\" data-nav=\"m/b/\" aria-current=\"page\">B</a>")
        #expect(sidebar.marking("m/a/") == "<a href=\"a\" data-nav=\"m/a/\" aria-current=\"page\">A</a><a href=\"b\" data-nav=\"m/b/\">B</a>")
        #expect(sidebar.marking("m/c/") == "<a href=\"a\" data-nav=\"m/a/\">A</a><a href=\"b\" data-nav=\"m/b/\">B</a>")
    }

    @Test func findsTheLinkAfterTextThatIsNotASCII() {
        let sidebar = rendered([("x", "ä/b/", "Ä")], before: "<p>Café — “calm”</p>")
        #expect(sidebar.marking("ä/b/") == "<p>Café — “calm”</p><a href=\"x\" data-nav=\"ä/b/\" aria-current=\"page\">Ä</a>")
    }

    @Test func aThemeThatLeavesTheMarkOutStillRenders() {
        let sidebar = Sidebar(rendered: "<a href=\"a\">A</a>")
        #expect(sidebar.marking("m/a/") == "<a href=\"a\">A</a>")
    }
}
