import Kinds
import Course
import CourseFixtures
import Testing

/// The quiz syntax, and each mistake in it reported at its line.
@Suite struct QuizReaderTests {
    func load(_ files: [String: String]) throws -> (Course, [Diagnostic]) {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(files) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        // The basics course's lesson objective no question tests is the item linter's to test.
        return (loaded, (problems + Kinds.all.content.validator.validate(loaded)).filter { !$0.message.hasPrefix("no question tests") }.sortedByPosition)
    }

    func quizPage(_ body: String, frontMatter: String = "") -> [String: String] {
        ["01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\n\(frontMatter)---\n\n\(body)"]
    }

    /// The one error a quiz has (its item-writing warnings are the linter's to test).
    func only(_ body: String, frontMatter: String = "") throws -> Diagnostic {
        let found = try load(quizPage(body, frontMatter: frontMatter)).1.filter(\.isError)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func readsTheThreeKindsOfQuestion() throws {
        let (course, problems) = try load(quizPage("""
        Intro text.

        ## Pick one

        - [ ] Wrong
          > Feedback for wrong.
        - [x] Right

        Because.

        ## Pick several

        - [x] A
        - [X] B
        - [ ] C

        ## Order these

        1. First
        2. Second
        """))
        #expect(problems.filter(\.isError) == [])
        let quiz = try #require(course.modules[0].pages.last?.quizzes.first)
        #expect(quiz.id == "basics/quiz")
        #expect(!quiz.isInline)
        #expect(quiz.intro.html == "<p>Intro text.</p>\n")
        #expect(quiz.questions.map { $0.type.name } == ["single", "multiple", "ordering"])
        #expect(quiz.questions[0].options.map(\.text) == ["Wrong", "Right"])
        #expect(quiz.questions[0].options.map(\.isCorrect) == [false, true])
        #expect(quiz.questions[0].options[0].feedback?.html == "<p>Feedback for wrong.</p>\n")
        #expect(quiz.questions[0].explanation.html == "<p>Because.</p>\n")
        #expect(quiz.questions[0].options.map(\.line) == [10, 12])
        #expect(quiz.questions[2].options.map(\.text) == ["First", "Second"])
    }

    @Test func findsKnowledgeChecksInLessons() throws {
        let lesson = "---\ntitle: L\n---\n\nText.\n\n```quiz\n## Sure?\n\n- [x] Yes\n- [ ] No\n```\n\n```quiz\n## Again?\n\n- [x] Yes\n- [ ] No\n```\n"
        let (course, problems) = try load(["01-basics/03-l.md": lesson])
        #expect(problems == [])
        let quizzes = course.modules[0].pages[2].quizzes
        #expect(quizzes.map(\.id) == ["basics/l-check-1", "basics/l-check-2"])
        #expect(quizzes.allSatisfy { $0.isInline })
    }

    @Test func knowledgeCheckProblemsAreReportedAtTheirLineInTheLesson() throws {
        let lesson = "---\ntitle: L\n---\n\nText.\n\n```quiz\n## Sure?\n\n- [ ] Yes\n- [ ] No\n```\n"
        let (_, problems) = try load(["01-basics/03-l.md": lesson])
        #expect(problems.map(\.description) == ["content/01-basics/03-l.md:8:1: error: question has no correct option\n  hint: mark the right answer with `[x]`"])
    }

    @Test func noCorrectOption() throws {
        let problem = try only("## Q?\n\n- [ ] A\n- [ ] B\n")
        #expect(problem.line == 6)
        #expect(problem.message == "question has no correct option")
    }

    @Test func duplicateOptions() throws {
        let problem = try only("## Q?\n\n- [x] Same\n- [ ] same\n")
        #expect(problem.line == 9)
        #expect(problem.message == "duplicate option 'same' (also on line 8)")
    }

    @Test func questionWithoutAList() throws {
        let problem = try only("## Q?\n\nJust text.\n")
        #expect(problem.line == 6)
        #expect(problem.message == "question has no list of options")
    }

    @Test func listMixingCheckboxesAndPlainItems() throws {
        let problem = try only("## Q?\n\n- [x] A\n- B\n")
        #expect(problem.line == 9)
        #expect(problem.message == "this list mixes checkbox options and plain items")
    }

    @Test func bulletListWithoutCheckboxes() throws {
        let problem = try only("## Q?\n\n- A\n- B\n")
        #expect(problem.message == "options need `[x]` (correct) or `[ ]` (wrong)")
    }

    @Test func orderingWithFewerThanTwoItems() throws {
        let problem = try only("## Q?\n\n1. Only\n")
        #expect(problem.line == 8)
        #expect(problem.message == "an ordering question needs at least two items")
    }

    @Test func emptyQuestion() throws {
        let problem = try only("## \n\n- [x] A\n- [ ] B\n\n## Fine?\n\n- [x] A\n- [ ] B\n")
        #expect(problem.line == 6)
        #expect(problem.message == "question is empty")
    }

    @Test func quizWithoutQuestions() throws {
        let problem = try only("Only an introduction.\n")
        #expect(problem.message == "quiz has no questions")
    }

    @Test func passMarkOutsideTheRange() throws {
        let problem = try only("## Q?\n\n- [x] A\n- [ ] B\n", frontMatter: "pass_mark: 120\n")
        #expect(problem.line == 4)
        #expect(problem.message == "'pass_mark' must be between 0 and 100 (found 120)")
    }

    @Test func twoQuizzesWithTheSameID() throws {
        let body = "## Q?\n\n- [x] A\n- [ ] B\n"
        let (_, problems) = try load([
            "01-basics/08-a.md": "---\ntype: quiz\ntitle: A\nid: final\nlint: false\n---\n\n" + body,
            "01-basics/09-b.md": "---\ntype: quiz\ntitle: B\nid: final\nlint: false\n---\n\n" + body,
        ])
        #expect(problems.map(\.message) == ["two quizzes have the id 'final': this one and the one in content/01-basics/08-a.md"])
        #expect(problems.first?.file == "content/01-basics/09-b.md")
    }
}
