import Kinds
import Course
import CourseFixtures
import Foundation
import Site
import Testing

/// Each mistake an author can make is reported with its file and line.
@Suite struct DiagnosticTests {
    func diagnostics(_ changes: [String: String], removing: [String] = []) throws -> [Diagnostic] {
        var files = TemporaryCourse.basics
        for (path, text) in changes { files[path] = text }
        for path in removing { files[path] = nil }
        let course = try TemporaryCourse(files)
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        // The basics course's lesson objective no question tests is the item linter's to test.
        return (problems + Kinds.all.content.validator.validate(loaded) + Build.layoutProblems(loaded, kinds: Kinds.all))
            .filter { !$0.message.hasPrefix("no question tests") }.sortedByPosition
    }

    func only(_ changes: [String: String], removing: [String] = []) throws -> Diagnostic {
        let found = try diagnostics(changes, removing: removing)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func validCourseHasNoDiagnostics() throws {
        #expect(try diagnostics([:]) == [])
    }

    @Test func fileThatIsNotUTF8() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        try course.write("01-basics/03-bad.md", Data("---\ntitle: A\n---\n\ncaf".utf8 + [0xE9, 0x20] + Data(" ok\n".utf8)))
        let (_, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        #expect(problems.map(\.description) == ["content/01-basics/03-bad.md:5:4: error: file is not valid UTF-8 text\n  hint: save the file as UTF-8 in your editor"])
    }

    @Test func frontMatterNotClosed() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n\nBody\n"])
        #expect(problem.file == "content/01-basics/03-x.md")
        #expect(problem.line == 1)
        #expect(problem.message == "front matter is not closed")
    }

    @Test func invalidYAMLAtItsOwnLineInTheFile() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\nsummary: [unclosed\nduration: 4\n---\nBody\n"])
        #expect(problem.line >= 3 && problem.line <= 4, "\(problem)")
        #expect(problem.message.hasPrefix("invalid YAML"))
    }

    @Test func unclosedBracketIsReportedOnTheYAMLsLastLine() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: [broken\n---\nText\n"])
        #expect(problem.line == 2)
        #expect(problem.message.hasPrefix("invalid YAML"))
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: \"Staying calm\nsummary: Calm\nduration: 4\norder: 2\ndraft: false\n---\nBody\n"])
        #expect(problem.line == 2, "\(problem)")
        #expect(problem.column == 8, "\(problem)")
        #expect(problem.hint == "a quotation mark opened here is never closed: close it at the end of the text, or remove it")
    }

    @Test func aMissingColonIsReportedOnItsLineWithTheRightHint() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\nsummary Calm and kind\nduration: 4\n---\nBody\n"])
        #expect(problem.line == 3, "\(problem)")
        #expect(problem.hint == "each line is `key: value`: add the colon after the name of the field")
    }

    @Test func aColonInUnquotedTextGetsTheQuotingHint() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: Boundaries: saying no\n---\nBody\n"])
        #expect(problem.line == 2, "\(problem)")
        #expect(problem.hint == "text with a colon needs quotes, e.g. `title: \"Boundaries: saying no\"`")
    }

    @Test func aLinkToAMissingPageSuggestsTheClosestNamesFirst() throws {
        let problem = try only([
            "01-basics/03-x.md": "---\ntitle: X\n---\n\nSee [it](second-lesson.md).\n",
            "01-basics/04-a.md": "---\ntitle: A\n---\n",
            "01-basics/05-b.md": "---\ntitle: B\n---\n",
        ])
        #expect(problem.message == "link to a missing page '01-basics/second-lesson.md'")
        #expect(problem.hint?.hasPrefix("available, closest first: 01-basics/02-second.md, ") == true, "\(problem)")
    }

    @Test func missingTitle() throws {
        let problem = try only(["01-basics/03-x.md": "---\nsummary: No title here\n---\nBody\n"])
        #expect(problem.description == "content/01-basics/03-x.md:2:1: error: missing 'title' in front matter\n  hint: add `title: \"…\"` between the --- lines")
    }

    @Test func missingFrontMatterAltogether() throws {
        let problem = try only(["01-basics/03-x.md": "Just a body\n"])
        #expect(problem.line == 1)
        #expect(problem.message == "missing 'title' in front matter")
    }

    @Test func unknownType() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\ntype: lecture\n---\n"])
        #expect(problem.line == 3)
        #expect(problem.message == "unknown type 'lecture'")
        #expect(problem.hint?.contains("quiz") == true)
    }

    @Test func fieldOfTheWrongType() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\nduration: ten\n---\n"])
        #expect(problem.line == 3)
        #expect(problem.column == 11)
        #expect(problem.message == "'duration' must be a whole number of minutes (found 'ten')")
    }

    @Test func unknownFieldIsAWarningWithASuggestion() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\nsumary: typo\n---\n"])
        #expect(problem.severity == .warning)
        #expect(problem.line == 3)
        #expect(problem.hint == "did you mean 'summary'?")
    }

    @Test func linkToAMissingPage() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\nSee [this](02-secnod.md).\n"])
        #expect(problem.line == 5)
        #expect(problem.column == 5)
        #expect(problem.message == "link to a missing page '01-basics/02-secnod.md'")
        #expect(problem.hint == "did you mean '01-basics/02-second.md'?")
    }

    @Test func linkToAMissingAnchor() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\nSee [this](02-second.md#why-it-work).\n"])
        #expect(problem.line == 5)
        #expect(problem.message == "'01-basics/02-second.md' has no heading with the anchor '#why-it-work'")
        #expect(problem.hint == "did you mean 'why-it-works'?")
    }

    @Test func linkToAMissingAnchorOnTheSamePage() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\n## Here\n\n[up](#ther)\n"])
        #expect(problem.line == 7)
        #expect(problem.message == "no heading with the anchor '#ther' on this page")
    }

    @Test func linkToAFolderIsALinkToItsModulePage() throws {
        #expect(try diagnostics(["01-basics/03-x.md": "---\ntitle: X\n---\n\nSee [the module](../01-basics/) and [here](./).\n"]) == [])
    }

    @Test func linkToAMissingFile() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\n![chart](img/chart.png)\n"])
        #expect(problem.message == "link to a missing file '01-basics/img/chart.png'")
    }

    @Test func twoPagesWithTheSameURL() throws {
        let problem = try only(["01-basics/05-first.md": "---\ntitle: Again\n---\n"])
        #expect(problem.file == "content/01-basics/05-first.md")
        #expect(problem.message == "two pages have the URL /basics/first/: this one and content/01-basics/01-first.md")
    }

    @Test func missingCourseYAML() throws {
        let problem = try only([:], removing: ["course.yaml"])
        #expect(problem.description == "content/course.yaml: error: missing course.yaml\n  hint: create content/course.yaml with at least `title: \"Your course\"`")
    }

    @Test func missingLogo() throws {
        let problem = try only(["course.yaml": "title: T\nlogo: brand/logo.svg\n"])
        #expect(problem.description == "content/course.yaml:2:1: error: logo 'brand/logo.svg' not found\n  hint: put the image in content/ and give its path from there, e.g. `logo: logo.svg`")
    }

    @Test func unknownCallout() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\nText\n\n> [!DANGER]\n> Careful\n"])
        #expect(problem.line == 7)
        #expect(problem.message == "unknown callout '[!DANGER]'")
    }

    @Test func moduleWithoutIndexGetsAWarningAndATitleFromItsFolder() throws {
        let found = try diagnostics(["02-staying-calm/01-a.md": "---\ntitle: A\n---\n"])
        #expect(found.map(\.severity) == [.warning])
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["02-staying-calm/01-a.md": "---\ntitle: A\n---\n"]) { $1 })
        let (loaded, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content)
        #expect(loaded.modules.map(\.title) == ["Basics", "Staying calm"])
    }

    @Test func everyMistakeIsReportedInOneRun() throws {
        let found = try diagnostics([
            "01-basics/03-a.md": "---\ntitle: A\nduration: ten\n---\n[x](nope.md)\n",
            "01-basics/04-b.md": "---\ntype: lecture\n---\n",
            "01-basics/05-c.md": "---\ntitle: C\n",
        ])
        #expect(found.filter(\.isError).count == 5, "\(found)")
        #expect(Set(found.map(\.file)).count == 3)
    }
}
