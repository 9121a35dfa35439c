import Kinds
import Course
import CourseFixtures
import Foundation
@testable import Scaffold
import Site
import Testing

@Suite struct ScaffoldTests {
    func check(_ course: TemporaryCourse) throws -> Build.Result {
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        return try build.check()
    }

    @Test(arguments: Scaffold.kindNames)
    func eachKindCreatesAFileThatChecksWithoutDiagnostics(_ kind: String) throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let module = kind == "module" || kind == "faq" ? nil : "basics"
        let path = try Scaffold(source: course.content).create(kind, title: "Saying no: the \"kind\" way", module: module)
        #expect(FileManager.default.fileExists(atPath: path))
        let result = try check(course)
        // (A new quiz makes the course assessed: the basics lesson's objective is then untested.
        // A final shows how a question names the objective it tests, with a placeholder.)
        let diagnostics = result.diagnostics.filter {
            !$0.message.hasPrefix("no question tests") && $0.message != "the question names an objective no lesson has: “The objective of a lesson that this question tests”"
        }
        #expect(diagnostics == [], "\(diagnostics.map(\.description))")
        // The quotes come out curly, as everywhere in front matter.
        let titles = result.course?.allPages.map(\.title) ?? []
        #expect(titles.contains("Saying no: the “kind” way"))
    }

    @Test func pagesAreNumberedAfterTheLastInTheirModule() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let path = try Scaffold(source: course.content).create("lesson", title: "Third steps", module: "01-basics")
        #expect(path == course.content + "/01-basics/03-third-steps.md")
    }

    @Test func numbersKeepTheWidthOfTheFolder() {
        #expect(Scaffold.nextNumber(after: []) == "01")
        #expect(Scaffold.nextNumber(after: ["09-a.md", "quiz.md", "10-b.md"]) == "11")
        #expect(Scaffold.nextNumber(after: ["001-a.md"]) == "002")
    }

    @Test func aModuleIsANumberedFolderWithAnIndex() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let path = try Scaffold(source: course.content).create("module", title: "Hard conversations")
        #expect(path == course.content + "/02-hard-conversations/index.md")
    }

    @Test func aFAQWithoutAModuleGoesAtTheTopLevel() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let path = try Scaffold(source: course.content).create("faq", title: "Questions")
        #expect(path == course.content + "/01-questions.md")
    }

    @Test func refusesToReplaceAPageWithTheSameURL() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let before = try String(contentsOfFile: course.content + "/01-basics/01-first.md", encoding: .utf8)
        #expect(throws: Scaffold.Failure.exists(course.content + "/01-basics/01-first.md")) {
            try Scaffold(source: course.content).create("quiz", title: "First", module: "basics")
        }
        #expect(try String(contentsOfFile: course.content + "/01-basics/01-first.md", encoding: .utf8) == before)
    }

    @Test func aLessonNeedsAModuleThatExists() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let scaffold = Scaffold(source: course.content)
        #expect(throws: Scaffold.Failure.moduleNeeded("lesson", available: ["01-basics"])) {
            try scaffold.create("lesson", title: "Lost")
        }
        #expect(throws: Scaffold.Failure.noSuchModule("advanced", available: ["01-basics"])) {
            try scaffold.create("lesson", title: "Lost", module: "advanced")
        }
    }

    @Test func aTitleNeedsSomethingToNameTheFileAfter() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        #expect(throws: Scaffold.Failure.titleWithoutLetters("?!")) {
            try Scaffold(source: course.content).create("lesson", title: "?!", module: "basics")
        }
    }
}
