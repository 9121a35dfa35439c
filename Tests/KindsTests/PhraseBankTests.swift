import Kinds
import Course
import CourseFixtures
import Testing

/// Phrase banks, their drills, and the linter that reads lessons for phrases to avoid.
@Suite struct PhraseBankTests {
    func load(_ files: [String: String]) throws -> (Course, [Diagnostic]) {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(files) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        return (loaded, (problems + Kinds.all.content.validator.validate(loaded)).sortedByPosition)
    }

    func bank(_ body: String) -> [String: String] {
        ["01-basics/08-bank.md": "---\ntype: phrasebank\ntitle: Bank\n---\n\n\(body)"]
    }

    func only(_ body: String) throws -> Diagnostic {
        let (_, found) = try load(bank(body))
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    static let sample = """
    ## When the customer is shouting

    - "Calm down." → "I can hear how upsetting this has been."
      Naming the feeling works better than policing it.
    - "I hear you — let me check the delivery."
    - "No way." -> "Here is what I can do."

      Offer what is possible.
    """

    @Test func readsSituationsRewritesAndReasons() throws {
        let (course, problems) = try load(bank(Self.sample))
        #expect(problems == [])
        let parsed = try #require(course.modules[0].pages.last?.phraseBank)
        #expect(parsed.sections.map(\.title) == ["When the customer is shouting"])
        #expect(parsed.sections[0].id == "when-the-customer-is-shouting")
        let phrases = parsed.phrases
        #expect(phrases.map(\.avoid) == ["Calm down.", nil, "No way."])
        #expect(phrases.map(\.say) == ["I can hear how upsetting this has been.", "I hear you — let me check the delivery.", "Here is what I can do."])
        #expect(phrases.map(\.reason) == ["Naming the feeling works better than policing it.", "", "Offer what is possible."])
        #expect(phrases.map(\.line) == [8, 10, 11])
    }

    @Test func drillAsksWhichReplyWorksBetterForEachRewrite() throws {
        let (course, _) = try load(bank(Self.sample))
        let drill = try #require(course.modules[0].pages.last?.quizzes.first)
        #expect(drill.id == "basics/bank-drill")
        #expect(drill.isInline)
        #expect(drill.questions.count == 2)
        #expect(drill.questions.allSatisfy { $0.type.name == "single" })
        #expect(drill.questions[0].options.map(\.text) == ["“Calm down.”", "“I can hear how upsetting this has been.”"])
        #expect(drill.questions[0].options.map(\.isCorrect) == [false, true])
        #expect(drill.questions[0].options[1].feedback?.filled(link: { _ in "" }) == "Yes. Naming the feeling works better than policing it.")
        #expect(drill.questions[0].prompt.filled(link: { _ in "" }, text: { $0 == .drillQuestion ? "Welche Antwort wirkt besser?" : "?" }) == "Welche Antwort wirkt besser?")
    }

    @Test func moreThanOneArrow() throws {
        let problem = try only("## S\n\n- \"a\" → \"b\" → \"c\"\n")
        #expect(problem.line == 8)
        #expect(problem.message == "a phrase has at most one arrow; this one has 2")
    }

    @Test func emptySide() throws {
        let problem = try only("## S\n\n- \"a\" → \"\"\n")
        #expect(problem.line == 8)
        #expect(problem.message == "one side of this rewrite is empty")
    }

    @Test func itemOutsideAnySection() throws {
        let found = try load(bank("- \"a\" → \"b\"\n")).1
        #expect(found.map(\.message) == ["phrases must come under a `## situation` heading"])
        #expect(found.first?.line == 6)
    }

    @Test func bankWithNoPhrases() throws {
        let problem = try only("## S\n")
        #expect(problem.message == "phrase bank has no phrases")
    }

    @Test func textUnderASituationIsReportedNotDropped() throws {
        let problem = try only("## S\n\n- \"Hello.\"\n\nThis paragraph would vanish.\n")
        #expect(problem.line == 10)
        #expect(problem.message == "text under a situation is not shown")
    }

    @Test func linterWarnsWhenALessonUsesAPhraseToAvoid() throws {
        let lesson = "---\ntitle: L\n---\n\nIf they shout, tell them to calm down and wait.\n\nNever say “Calm down.” to anyone.\n\n> [!AVOID]\n> Calm down.\n"
        let (_, found) = try load(bank(Self.sample).merging(["01-basics/03-l.md": lesson]) { $1 })
        #expect(found.count == 1, "\(found)")
        let warning = try #require(found.first)
        #expect(warning.severity == .warning)
        #expect(warning.file == "content/01-basics/03-l.md")
        #expect(warning.line == 5)
        #expect(warning.message == "uses “Calm down.”, which the phrase bank “Bank” says to avoid")
    }

    @Test func linterMatchesWholeWordsWhateverTheCaseAndApostrophes() throws {
        let bankText = "## Refusing\n\n- \"I can't help you.\" → \"Here is what I can do.\"\n"
        let lesson = "---\ntitle: L\n---\n\nThey said I CANT help you twice.\n\nBut I can’t helpyou is fine, and \"I can't help you\" is quoted.\n\nCafé: i can't help you.\n"
        let (_, found) = try load(bank(bankText).merging(["01-basics/03-l.md": lesson]) { $1 })
        #expect(found.map(\.line) == [5, 9], "\(found)")
    }
}

@Suite struct FAQTests {
    @Test func questionsGetAnchorsAndAnswers() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "faq.md": "---\ntype: faq\ntitle: FAQ\n---\n\nIntro.\n\n## Can I hang up?\n\nSometimes.\n\nWith care.\n\n## Who decides?\n\nYour lead.\n",
            "01-basics/03-l.md": "---\ntitle: L\n---\n\nSee [the FAQ](../faq.md#can-i-hang-up).\n",
        ]) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content)
        #expect(problems + Kinds.all.content.validator.validate(loaded) == [])
        let faq = try #require(loaded.pages.first?.faq)
        #expect(faq.entries.map(\.id) == ["can-i-hang-up", "who-decides"])
        #expect(faq.entries.map(\.answer.html) == ["<p>Sometimes.</p>\n<p>With care.</p>\n", "<p>Your lead.</p>\n"])
        #expect(faq.intro.html == "<p>Intro.</p>\n")
    }

    @Test func faqWithoutQuestionsIsAnError() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["faq.md": "---\ntype: faq\ntitle: FAQ\n---\n\nNothing.\n"]) { $1 })
        let (_, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        #expect(problems.map(\.description) == ["content/faq.md:5:1: error: FAQ has no questions\n  hint: write each question as a `## ` heading with its answer below it"])
    }
}
