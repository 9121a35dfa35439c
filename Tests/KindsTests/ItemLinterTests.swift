import Course
import CourseFixtures
import Kinds
import Testing

/// Each item-writing rule: a quiz that trips it and one that does not.
@Suite struct ItemLinterTests {
    func warnings(_ files: [String: String]) throws -> [Diagnostic] {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(files) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        let all = problems + Kinds.all.content.validator.validate(loaded)
        #expect(!all.hasErrors, "\(all)")
        // The basics course's lessons have objectives no question tests: leave those out.
        return all.filter { !$0.isError && !$0.message.hasPrefix("no question tests") }
    }

    func quiz(_ body: String, frontMatter: String = "") -> [String: String] {
        ["01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\n\(frontMatter)---\n\n\(body)"]
    }

    static func single(_ question: String, key: String, wrong: [String]) -> String {
        "## \(question)\n\n- [x] \(key)\n" + wrong.map { "- [ ] \($0)\n" }.joined() + "\n"
    }

    @Test func theRightOptionLongestInMostSingleAnswerQuestions() throws {
        let flawed = (1...3).map { Self.single("Question \($0)?", key: "A long and careful right answer", wrong: ["Short", "Brief"]) }.joined()
        let found = try warnings(quiz(flawed))
        #expect(found.map(\.message) == ["the right option is the longest in 3 of 3 single-answer questions (lines 6, 12, 18)"])
        let balanced = (1...3).map { Self.single("Question \($0)?", key: "Right one", wrong: ["A wrong answer that is longer", "Wrong"]) }.joined()
        #expect(try warnings(quiz(balanced)).isEmpty)
    }

    @Test func allOrNoneOfTheAbove() throws {
        let found = try warnings(quiz(Self.single("Which?", key: "All of the above", wrong: ["A first wrong option", "A second wrong option"])))
        #expect(found.map(\.message) == ["an option says “all of the above”"])
        #expect(found.first?.line == 8)
        #expect(try warnings(quiz(Self.single("Which?", key: "Above all, listen", wrong: ["Talk over them at once", "Wait in silence for a while"]))).isEmpty)
    }

    @Test func multipleChoiceWithOneWrongOption() throws {
        let found = try warnings(quiz("## Which two?\n\n- [x] A\n- [x] B\n- [ ] C\n"))
        #expect(found.map(\.message) == ["a multiple-choice question with only one wrong option"])
        #expect(try warnings(quiz("## Which two?\n\n- [x] A\n- [x] B\n- [ ] C\n- [ ] D\n")).isEmpty)
    }

    @Test func fewerThanThreeOptionsInASingleAnswer() throws {
        let found = try warnings(quiz("## True or false?\n\n- [x] True\n- [ ] False\n"))
        #expect(found.map(\.message) == ["a single-answer question with 2 options"])
        #expect(try warnings(quiz(Self.single("Which?", key: "A", wrong: ["B", "C"]))).isEmpty)
    }

    @Test func aNegativeStemNotStressed() throws {
        let found = try warnings(quiz(Self.single("Which reply does not help?", key: "Calm down", wrong: ["I hear you", "Let me check"])))
        #expect(found.map(\.message) == ["the question asks with “not” but does not stress it"])
        #expect(try warnings(quiz(Self.single("Which reply does NOT help?", key: "Calm down", wrong: ["I hear you", "Let me check"]))).isEmpty)
        #expect(try warnings(quiz(Self.single("Which reply does *not* help?", key: "Calm down", wrong: ["I hear you", "Let me check"]))).isEmpty)
        // A customer's words in quotation marks are not what the question asks.
        #expect(try warnings(quiz(Self.single("A customer says \"That's not fair.\" What do you say?", key: "Calm down", wrong: ["I hear you", "Let me check"]))).isEmpty)
        let quoted = try warnings(quiz(Self.single("A customer says \"That's fair.\" Which reply does not help?", key: "Calm down", wrong: ["I hear you", "Let me check"])))
        #expect(quoted.map(\.message) == ["the question asks with “not” but does not stress it"])
    }

    @Test func aStemRepeatedFromAnotherQuiz() throws {
        let question = Self.single("What do you say first?", key: "I hear you", wrong: ["Calm down, please", "Wait a moment"])
        let found = try warnings(quiz(question).merging(["01-basics/08-check.md": "---\ntype: quiz\ntitle: C\ngraded: false\n---\n\n" + question]) { $1 })
        #expect(found.map(\.message) == ["this question is also asked in content/01-basics/08-check.md:7"])
        #expect(found.first?.file == "content/01-basics/09-quiz.md")
        let other = Self.single("What do you say when they pause?", key: "I hear you", wrong: ["Calm down, please", "Wait a moment"])
        #expect(try warnings(quiz(question).merging(["01-basics/08-check.md": "---\ntype: quiz\ntitle: C\ngraded: false\n---\n\n" + other]) { $1 }).isEmpty)
    }

    @Test func lintFalseTurnsTheQuizRulesOff() throws {
        #expect(try warnings(quiz("## True or false?\n\n- [x] True\n- [ ] False\n", frontMatter: "lint: false\n")).isEmpty)
    }

    @Test func ungradedQuizzesAreNotLinted() throws {
        #expect(try warnings(quiz("## True or false?\n\n- [x] True\n- [ ] False\n", frontMatter: "graded: false\n")).isEmpty)
    }

    @Test func objectivesNoQuestionTests() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/02-second.md": "---\ntitle: Second\nobjectives:\n  - Recap a problem in one sentence\n  - Name the feeling\n---\n\n## Why it works\n",
            "01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\n---\n\n## Which recap is best? {#recap-a-problem-in-one-sentence}\n\n- [x] A\n- [ ] B\n- [ ] C\n",
        ]) { $1 })
        let (loaded, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        let found = Kinds.all.content.validator.validate(loaded).filter { $0.file.hasSuffix("02-second.md") }
        #expect(found.map(\.message) == ["no question tests this objective: “Name the feeling”"])
        try course.write("01-basics/09-quiz.md", "---\ntype: quiz\ntitle: Q\n---\n\n## Which recap is best? {#recap-a-problem-in-one-sentence}\n\n- [x] A\n- [ ] B\n- [ ] C\n\n## And now?\n\nObjective: Name the feeling\n\n- [x] A\n- [ ] B\n- [ ] C\n")
        let (again, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        #expect(Kinds.all.content.validator.validate(again).filter { $0.file.hasSuffix("02-second.md") }.isEmpty)
    }

    @Test func aLessonWhoseObjectivesAreAssessedElsewhereSaysLintFalse() throws {
        let lesson = "---\ntitle: Role play\nobjectives:\n  - Play the customer in a practice call\n%@---\n\n## Set up\n"
        let quiz = "---\ntype: quiz\ntitle: Q\n---\n\n## Which recap is best?\n\n- [x] A\n- [ ] B\n- [ ] C\n"
        for (line, expected) in [("", 1), ("lint: false\n", 0)] {
            let course = try TemporaryCourse(TemporaryCourse.basics.merging([
                "01-basics/02-role-play.md": lesson.replacingOccurrences(of: "%@", with: line),
                "01-basics/09-quiz.md": quiz,
            ]) { $1 })
            let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
            #expect(problems.isEmpty, "\(problems)")
            let found = Kinds.all.content.validator.validate(loaded).filter { $0.file.hasSuffix("02-role-play.md") }
            #expect(found.count == expected, "with \(line.isEmpty ? "no lint setting" : line): \(found)")
        }
    }

    @Test func objectivesOneUnderTheOtherAreEachCountedAndAMisspeltOneIsNamed() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/02-second.md": "---\ntitle: Second\nobjectives:\n  - Recap a problem in one sentence\n  - Name the feeling\n---\n\n## Why it works\n",
            "01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\n---\n\n## Which recap is best?\n\nObjective: Recap a problem in one sentence\nObjective: Name the feelings\n\n- [x] A\n- [ ] B\n- [ ] C\n",
        ]) { $1 })
        let (loaded, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        let found = Kinds.all.content.validator.validate(loaded).filter { !$0.isError }.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line): \($0.message)" }
        #expect(found.sorted() == [
            "01-first.md:1: no question tests this objective: “Read a lesson”",
            "02-second.md:1: no question tests this objective: “Name the feeling”",
            "09-quiz.md:6: the question names an objective no lesson has: “Name the feelings”",
        ])
    }

    @Test func aReflectionDoesNotTestAnObjective() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/02-second.md": "---\ntitle: Second\nobjectives:\n  - Name the feeling\n---\n\n## Why it works\n",
            "01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\n---\n\n## Rewrite it\n\nObjective: Name the feeling\n\n- Model answer: That sounds frustrating.\n",
        ]) { $1 })
        let (loaded, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        let found = Kinds.all.content.validator.validate(loaded).filter { $0.file.hasSuffix("02-second.md") }
        #expect(found.map(\.message) == ["no question tests this objective: “Name the feeling”"])
    }
}
