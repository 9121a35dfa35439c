import Kinds
import Course
import CourseFixtures
import Foundation
@testable import Preview
import Site
import Testing

@Suite struct PreviewBuilderTests {
    func builder(_ course: TemporaryCourse) -> PreviewBuilder {
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
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
        // The search page names the new search index.
        #expect(outcome.pages == ["basics/second/", "search/"])
        let files = try #require(outcome.site?.files)
        #expect(files == (try fullBuild(course)))

        try course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: 5\n---\n\nOther words.\n")
        let again = try builder.rebuild(after: saved(course, "01-basics/01-first.md"))
        #expect(again.pages == ["basics/first/", "search/"])
        #expect(again.site?.files == (try fullBuild(course)))
    }

    /// A page of each kind, and a change to its text: (before, after).
    static let kinds: [String: (text: String, old: String, new: String)] = [
        "01-basics/03-phrases.md": ("""
            ---
            type: phrasebank
            title: Phrases
            ---

            ## When the customer is shouting

            - "Calm down." → "I can hear how upsetting this has been."
              Naming the feeling works better than policing it.
            """, "policing it", "telling them off"),
        "01-basics/04-quiz.md": ("""
            ---
            type: quiz
            title: Check
            ---

            ## Which?

            - [ ] No
            - [x] Yes
            """, "- [ ] No", "- [ ] Not at all"),
        "faq.md": ("""
            ---
            type: faq
            title: Questions
            ---

            ## Can I say sorry?

            Yes.
            """, "Yes.", "Yes, and mean it."),
        "01-basics/05-scenario.md": ("""
            ---
            type: scenario
            title: A call
            tension: 5
            ---

            ## Start

            **Customer:** "Where is my order?"

            - "Let me look now." → [Done](#done) (-2)

            ## Done

            The order is found.
            """, "The order is found.", "The order is found and sent."),
    ]

    @Test(arguments: kinds.keys.sorted())
    func savingAnyKindOfPageMatchesAWholeBuild(_ file: String) throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(Self.kinds.mapValues(\.text)) { $1 })
        let builder = builder(course)
        #expect(try builder.buildEverything().succeeded)
        let path = course.content + "/" + file
        let kind = try #require(Self.kinds[file])
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: kind.old, with: kind.new)
        #expect(edited.contains(kind.new))
        try course.write(file, edited)
        let outcome = try builder.rebuild(after: saved(course, file))
        #expect(outcome.pages != nil, "rendered only what changed")
        #expect(outcome.site?.files == (try fullBuild(course)))
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
        #expect(mended.pages == ["basics/first/", "search/"])
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

    @Test func aNewWarningReloadsItsPageThoughItsHTMLIsTheSame() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let builder = builder(course)
        _ = try builder.buildEverything()
        let path = course.content + "/01-basics/02-second.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try course.write("01-basics/02-second.md", text.replacingOccurrences(of: "duration: 7", with: "duration: 7\ncolour: blue"))
        let outcome = try builder.rebuild(after: saved(course, "01-basics/02-second.md"))
        #expect(outcome.pages == ["basics/second/"])
        #expect(outcome.site?.hints["basics/second/"]?.warnings.count == 1)
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
            - [ ] Also wrong

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
        #expect(site.hints["basics/first/"]?.warnings.map(\.message) == ["no question tests this objective: “Read a lesson”"])
    }
}
