import Course
import CourseFixtures
import Kinds
import Testing

/// The new question types, sections and the settings of a quiz, read from Markdown, with
/// each malformed form reported at its line.
@Suite struct AssessmentReadingTests {
    func load(_ files: [String: String]) throws -> (Course, [Diagnostic]) {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(files) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        return (loaded, (problems + Kinds.all.content.validator.validate(loaded)).filter(\.isError).sortedByPosition)
    }

    func quiz(_ body: String, frontMatter: String = "") throws -> (QuizKind.Content?, [Diagnostic]) {
        let (course, problems) = try load(["01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\n\(frontMatter)---\n\n\(body)"])
        return (course.modules[0].pages.last?.content(as: QuizKind.self), problems)
    }

    func only(_ body: String, frontMatter: String = "") throws -> Diagnostic {
        let (_, problems) = try quiz(body, frontMatter: frontMatter)
        #expect(problems.count == 1, "\(problems)")
        return try #require(problems.first)
    }

    @Test func readsTypedMatchingAndReflectionQuestions() throws {
        let (content, problems) = try quiz("""
        ## Name the technique of repeating the customer's last words

        - = mirroring
        - = Mirror

        > Not quite: think of what a mirror does.

        Repeating the last words invites the customer to say more.

        ## Match each phrase with what it does

        - "So the parcel never came." → Recaps the facts
        - "That sounds so frustrating." → Names the feeling
        - "What happened next?" → Invites more detail

        ## Rewrite "It's not my department."

        - Model answer: "That's handled by our billing team. I'll transfer you and stay on the line until they pick up."
          - Says who can help
          - Promises to stay
        """)
        #expect(problems == [])
        let questions = try #require(content?.quiz.questions)
        #expect(questions.map { $0.type.name } == ["typed", "matching", "reflection"])
        #expect(questions[0].options.map(\.text) == ["mirroring", "Mirror"])
        #expect(questions[0].wrongFeedback?.html == "<p>Not quite: think of what a mirror does.</p>\n")
        #expect(questions[0].explanation.html == "<p>Repeating the last words invites the customer to say more.</p>\n")
        #expect(questions[1].options.map(\.text) == ["“So the parcel never came.”", "“That sounds so frustrating.”", "“What happened next?”"])
        #expect(questions[1].options.map { $0.matchText ?? "" } == ["Recaps the facts", "Names the feeling", "Invites more detail"])
        #expect(questions[2].options.first?.text.hasPrefix("“That’s handled by our billing team.") == true)
        #expect(questions[2].options.first?.checklist.map(\.html) == ["Says who can help", "Promises to stay"])
        let isGraded = questions[2].type.isGraded
        #expect(!isGraded)
    }

    @Test func typedAnswersAreComparedNormalised() {
        #expect(TypedAnswerCheck.normalized("  Mirroring. ") == "mirroring")
        #expect(TypedAnswerCheck.normalized("Active   LISTENING!!") == "active listening")
        #expect(TypedAnswerCheck.normalized("cafe\u{301}") == TypedAnswerCheck.normalized("café"))
        #expect(TypedAnswerCheck.normalized("“As I said.” ") == "as i said")
        #expect(TypedAnswerCheck.normalized("'mirroring'!") == "mirroring")
    }

    @Test func sectionsGroupQuestions() throws {
        let (content, problems) = try quiz("# Listening\n\n## A?\n\n- [x] A\n- [ ] B\n- [ ] C\n\n# Boundaries\n\n## B?\n\n- [x] A\n- [ ] B\n- [ ] C\n",
                                           frontMatter: "draw:\n  listening: 1\n  boundaries: 1\n")
        #expect(problems == [])
        #expect(content?.quiz.sections.map(\.id) == ["listening", "boundaries"])
        #expect(content?.quiz.questions.map(\.section) == ["listening", "boundaries"])
        #expect(content?.settings.draw == .perSection(["listening": 1, "boundaries": 1]))
    }

    @Test func settingsComeFromThePageElseTheCourse() throws {
        let (course, problems) = try load([
            "course.yaml": "title: T\nquiz:\n  attempts: 3\n  answers: after-pass\n  time_limit: 20\n",
            "01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\nanswers: hidden\ndraw: 1\n---\n\n## A?\n\n- [x] A\n- [ ] B\n- [ ] C\n\n## B?\n\n- [x] A\n- [ ] B\n- [ ] C\n",
        ])
        #expect(problems == [])
        let settings = try #require(course.modules[0].pages.last?.content(as: QuizKind.self)?.settings)
        #expect(settings.attempts == 3)
        #expect(settings.answers == .hidden)
        #expect(settings.timeLimit == 20)
        #expect(settings.draw == .count(1))
    }

    @Test func aDrawOfMoreQuestionsThanThereAre() throws {
        let problem = try only("## A?\n\n- [x] A\n- [ ] B\n- [ ] C\n", frontMatter: "draw: 2\n")
        #expect(problem.line == 4)
        #expect(problem.message == "'draw' asks for 2 questions, but the quiz has 1")
    }

    @Test func aDrawFromASectionThereIsNot() throws {
        let problem = try only("# Listening\n\n## A?\n\n- [x] A\n- [ ] B\n- [ ] C\n", frontMatter: "draw:\n  listenin: 1\n")
        #expect(problem.message == "'draw' names the section 'listenin', but the quiz has no such `#` heading")
        #expect(problem.hint == "did you mean 'listening'?")
    }

    @Test func anUnknownAnswersPolicy() throws {
        let problem = try only("## A?\n\n- [x] A\n- [ ] B\n- [ ] C\n", frontMatter: "answers: later\n")
        #expect(problem.line == 4)
        #expect(problem.message == "'answers' must be shown, after-pass or hidden (found 'later')")
    }

    @Test func aTypedAnswerListMixedWithOtherItems() throws {
        let problem = try only("## Name it\n\n- = mirroring\n- reflecting\n")
        #expect(problem.line == 9)
        #expect(problem.message == "this list mixes accepted answers (`= …`) and other items")
    }

    @Test func aMatchingItemWithoutAnArrow() throws {
        let problem = try only("## Match\n\n- A → 1\n- B → 2\n- C\n")
        #expect(problem.line == 10)
        #expect(problem.message == "a matching question pairs every item")
    }

    @Test func fewerThanThreePairs() throws {
        let problem = try only("## Match\n\n- A → 1\n- B → 2\n")
        #expect(problem.message == "a matching question needs at least three pairs")
    }

    @Test func aReflectionWithMoreThanTheModelAnswer() throws {
        let problem = try only("## Rewrite it\n\n- Model answer: Better.\n- Another\n")
        #expect(problem.message == "a reflection has one item, its model answer")
    }

    @Test func anEmptyAcceptedAnswer() throws {
        let problem = try only("## Name it\n\n- = mirroring\n- =\n")
        #expect(problem.line == 9)
        #expect(problem.message == "accepted answer is empty")
    }

    @Test func anAcceptedAnswerLongerThanTheFieldTakes() throws {
        let long = String(repeating: "word ", count: 21)
        let problem = try only("## Name it\n\n- = mirroring\n- = \(long)\n")
        #expect(problem.line == 9)
        #expect(problem.message == "an accepted answer longer than 100 characters cannot be typed")
        #expect(try quiz("## Name it\n\n- = \(String(repeating: "a", count: 100))\n").1.isEmpty)
    }
}
