import Course
import CourseFixtures
import Foundation
@testable import Preview
import Site
import Testing

@Suite struct PreviewBuilderTests {
    func builder(_ course: TemporaryCourse) -> PreviewBuilder {
        var build = Build(source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        build.baseURL = "http://127.0.0.1:8000/"
        return PreviewBuilder(build: build)
    }

    func saved(_ course: TemporaryCourse, _ paths: String...) -> FolderChanges {
        FolderChanges(modified: Set(paths.map { course.content + "/" + $0 }))
    }

    /// What a fresh whole build of the course gives now.
    func fullBuild(_ course: TemporaryCourse) throws -> [String: OutputFile] {
        let site = try #require(try builder(course).buildEverything().site)
        return site.files
    }

    @Test func savingTheTextOfALessonRendersOnlyThatPageAndMatchesAWholeBuild() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let builder = builder(course)
        _ = try builder.buildEverything()
        try course.write("01-basics/02-second.md", "---\ntitle: Second lesson\nduration: 7\n---\n\n## Why it works\n\nNew words.\n")
        let outcome = try builder.rebuild(after: saved(course, "01-basics/02-second.md"))
        #expect(outcome.pages == ["basics/second/"])
        let files = try #require(outcome.site?.files)
        #expect(files == (try fullBuild(course)))
    }

    @Test func aNewTitleBuildsEverythingBecauseOtherPagesShowIt() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let builder = builder(course)
        _ = try builder.buildEverything()
        try course.write("01-basics/02-second.md", "---\ntitle: Renamed\nduration: 7\n---\n\n## Why it works\n")
        let outcome = try builder.rebuild(after: saved(course, "01-basics/02-second.md"))
        #expect(outcome.pages == nil)
        guard case .bytes(let first)? = outcome.site?.files["basics/first/index.html"]?.contents else {
            Issue.record("no first lesson")
            return
        }
        #expect(String(decoding: first, as: UTF8.self).contains("Renamed"))
    }

    @Test func anErrorGivesNoSiteAndTheFixRendersThePage() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let builder = builder(course)
        _ = try builder.buildEverything()
        try course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: 5\n---\n\n[Broken](#nowhere)\n")
        let broken = try builder.rebuild(after: saved(course, "01-basics/01-first.md"))
        #expect(broken.site == nil)
        #expect(broken.diagnostics.map(\.message) == ["no heading with the anchor '#nowhere' on this page"])

        try course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: 5\n---\n\nMended.\n")
        let mended = try builder.rebuild(after: saved(course, "01-basics/01-first.md"))
        #expect(mended.pages == ["basics/first/"])
        #expect(mended.site?.files == (try fullBuild(course)))
    }

    @Test func aBrokenLinkToASavedHeadingIsFoundInTheOtherPage() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let builder = builder(course)
        _ = try builder.buildEverything()
        // The first lesson links to `02-second.md#why-it-works`.
        try course.write("01-basics/02-second.md", "---\ntitle: Second lesson\nduration: 7\n---\n\n## Why\n")
        let outcome = try builder.rebuild(after: saved(course, "01-basics/02-second.md"))
        #expect(outcome.diagnostics.first?.file.hasSuffix("01-basics/01-first.md") == true)
        #expect(outcome.diagnostics.first?.message == "'01-basics/02-second.md' has no heading with the anchor '#why-it-works'")
    }

    @Test func addedAndRemovedFilesBuildEverything() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let builder = builder(course)
        _ = try builder.buildEverything()
        try course.write("01-basics/03-third.md", "---\ntitle: Third\n---\n")
        let outcome = try builder.rebuild(after: FolderChanges(added: [course.content + "/01-basics/03-third.md"]))
        #expect(outcome.pages == nil)
        #expect(outcome.site?.files["basics/third/index.html"] != nil)
    }

    @Test func hintsHoldWarningsOfThePageAndItsAnswerKey() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/03-quiz.md": """
            ---
            type: quiz
            title: Check
            colour: blue
            ---

            ## Pick two

            - [x] Right
            - [ ] Wrong
            - [x] Also right

            ## In order

            1. One
            2. Two
            3. Three
            """,
        ]) { $1 })
        let site = try #require(try builder(course).buildEverything().site)
        let hints = try #require(site.hints["basics/quiz/"])
        #expect(hints.warnings.map(\.message) == ["unknown field 'colour' is ignored"])
        #expect(hints.quizzes.map(\.id) == ["basics/quiz"])
        let questions = hints.quizzes[0].questions
        #expect(questions[0] == .init(number: 1, kind: "multiple", correct: [0, 2], answers: ["Right", "Also right"]))
        #expect(questions[1] == .init(number: 2, kind: "ordering", correct: [], answers: ["One", "Two", "Three"]))
        #expect(site.hints["basics/first/"]?.warnings == [])
    }
}
