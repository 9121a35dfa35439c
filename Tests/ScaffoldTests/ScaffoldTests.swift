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

    /// The lines of a file that hold the placeholder marker, 1-based.
    func markedLines(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains(Placeholder.marker) }.map { $0.offset + 1 }
    }

    @Test(arguments: Scaffold.kindNames)
    func eachKindCreatesAFileThatChecksWithOnlyThePlaceholderWarning(_ kind: String) throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let module = kind == "module" || kind == "faq" ? nil : "basics"
        let path = try Scaffold(source: course.content).create(kind, title: "Saying no: the \"kind\" way", module: module)
        #expect(FileManager.default.fileExists(atPath: path))
        let result = try check(course)
        // (A new quiz makes the course assessed: the basics lesson's objective is then untested.
        // A final shows how a question names the objective it tests, with a placeholder.)
        let diagnostics = result.diagnostics.filter {
            !$0.message.hasPrefix("no question tests") && !$0.message.hasPrefix("the question names an objective no lesson has: “✎ ")
        }
        // Its example text is marked, and the one warning points at the first mark.
        let marked = markedLines(try String(contentsOfFile: path, encoding: .utf8))
        #expect(marked.count >= 2)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning && warning.file == path && warning.line == marked.first)
        #expect(warning.message.hasPrefix("placeholder text from `parley new` is still here and on \(marked.count - 1) more line"))
        // The quotes come out curly, as everywhere in front matter.
        let titles = result.course?.allPages.map(\.title) ?? []
        #expect(titles.contains("Saying no: the “kind” way"))
    }

    @Test(arguments: Scaffold.kindNames)
    func aScaffoldedPageWarnsUntilEveryExampleIsReplaced(_ kind: String) throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let module = kind == "module" || kind == "faq" ? nil : "basics"
        let path = try Scaffold(source: course.content).create(kind, title: "Handling silence", module: module)
        let scaffolded = try String(contentsOfFile: path, encoding: .utf8)
        let placeholderWarnings = { try self.check(course).diagnostics.filter { $0.message.hasPrefix("placeholder text from `parley new`") } }
        #expect(try placeholderWarnings().map(\.file) == [path])

        // The author goes over every example but the last (here keeping its words and deleting
        // the mark): the warning is at the one left.
        var lines = scaffolded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let marked = markedLines(scaffolded)
        for line in marked.dropLast() {
            lines[line - 1] = lines[line - 1].replacingOccurrences(of: Placeholder.marker + " ", with: "")
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let left = try placeholderWarnings()
        #expect(left.map(\.line) == [marked.last], "\(left.map(\.description))")
        #expect(left.first?.message == "placeholder text from `parley new` is still here")

        // And then the last: no warning, and nothing else either (but the final's example
        // objective, which no lesson has).
        lines[marked.last! - 1] = lines[marked.last! - 1].replacingOccurrences(of: Placeholder.marker + " ", with: "")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let diagnostics = try check(course).diagnostics.filter {
            $0.file == path && !$0.message.hasPrefix("the question names an objective no lesson has")
        }
        #expect(diagnostics == [], "\(diagnostics.map(\.description))")
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
