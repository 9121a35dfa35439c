import Kinds
import CommonMark
import Course
import CourseFixtures
import Foundation
import Testing

/// The scenario syntax, the paths through a scenario, and each mistake reported at its line.
@Suite struct ScenarioParserTests {
    static let file = "content/01-basics/09-talk.md"

    func load(_ files: [String: String]) throws -> (Course, [Diagnostic]) {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(files) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        return (loaded, (problems + Kinds.all.content.validator.validate(loaded)).sortedByPosition)
    }

    /// A scenario page whose body starts on line 6 (plus one line per front matter line).
    func scenarioPage(_ body: String, frontMatter: String = "") -> [String: String] {
        ["01-basics/09-talk.md": "---\ntype: scenario\ntitle: Talk\n\(frontMatter)---\n\n\(body)"]
    }

    func scenario(_ body: String, frontMatter: String = "") throws -> (Scenario, [Diagnostic]) {
        let (course, problems) = try load(scenarioPage(body, frontMatter: frontMatter))
        let page = try #require(course.modules[0].pages.first { $0.kind == "scenario" })
        return (try #require(page.scenario), problems)
    }

    func only(_ body: String, frontMatter: String = "") throws -> Diagnostic {
        let (_, found) = try load(scenarioPage(body, frontMatter: frontMatter))
        #expect(found.count == 1, "\(found)")
        let problem = try #require(found.first)
        #expect(problem.file == Self.file)
        #expect(problem.isError)
        return problem
    }

    static let valid = """
    The phone rings.

    ## Opening

    **Customer:** "Hi."

    - "Hello, how can I help?" → [Good](#good) (-2)
    - "*What* now?" -> [Bad](#bad) (+3)
    - "Hm." → [Opening](#opening)

    ## Good

    Well done.

    ## Bad

    Try again.
    """

    // MARK: Reading

    @Test func readsMomentsRepliesAndEndings() throws {
        let (scenario, problems) = try scenario(Self.valid)
        #expect(problems == [])
        #expect(scenario.moments.map(\.id) == ["opening", "good", "bad"])
        #expect(scenario.moments.map(\.title) == ["Opening", "Good", "Bad"])
        #expect(scenario.moments.map(\.isEnding) == [false, true, true])
        #expect(scenario.moments.map(\.line) == [8, 16, 20])
        #expect(scenario.intro.html == "<p>The phone rings.</p>\n")
        let opening = scenario.moments[0]
        #expect(opening.text.html == "<p><strong>Customer:</strong> “Hi.”</p>\n")
        #expect(opening.replies.map(\.target) == ["good", "bad", "opening"])
        #expect(opening.replies.map(\.tensionChange) == [-2, 3, 0])
        #expect(opening.replies.map(\.line) == [12, 13, 14])
        #expect(scenario.moments[1].text.html == "<p>Well done.</p>\n")
    }

    @Test func replyKeepsItsWordsWithoutArrowLinkOrTensionChange() throws {
        let (scenario, _) = try scenario(Self.valid)
        let replies = scenario.moments[0].replies
        #expect(replies.map { $0.content.html } == ["“Hello, how can I help?”", "“<em>What</em> now?”", "“Hm.”"])
    }

    @Test func startsAtFirstMomentWithTensionFiveByDefault() throws {
        let (scenario, _) = try scenario(Self.valid)
        #expect(scenario.start == "opening")
        #expect(scenario.tension == 5)
    }

    @Test func frontMatterSetsStartTensionAndFirstMoment() throws {
        let body = Self.valid + "\n\n## Later\n\n- \"Back.\" → [Opening](#opening)\n"
        let (scenario, problems) = try scenario(body, frontMatter: "tension: 8\nstart: \"#later\"\n")
        #expect(problems == [])
        #expect(scenario.start == "later")
        #expect(scenario.tension == 8)
    }

    @Test func calloutsAndLinksInAMomentAreReadLikeALesson() throws {
        let body = Self.valid.replacingOccurrences(of: "Well done.", with: "> [!TIP]\n> See [the first lesson](01-first.md).")
        let (scenario, problems) = try scenario(body)
        #expect(problems == [])
        let html = scenario.moments[1].text.html
        #expect(html.contains("<aside class=\"callout callout-tip\">"))
        #expect(html.contains("the first lesson"))
    }

    @Test func momentIDsFollowGitHubAnchors() throws {
        let body = "## Don't panic!\n\n- \"Ok.\" → [Again](#dont-panic-1)\n\n## Don't panic!\n\nThe end.\n"
        let (scenario, problems) = try scenario(body)
        #expect(problems == [])
        #expect(scenario.moments.map(\.id) == ["dont-panic", "dont-panic-1"])
    }

    @Test func otherPagesMayLinkToAMoment() throws {
        let (_, problems) = try load(scenarioPage(Self.valid).merging([
            "01-basics/03-c.md": "---\ntitle: C\n---\n\nTry [the good ending](09-talk.md#good).\n",
        ]) { $1 })
        #expect(problems == [])
    }

    @Test func shippedScenariosHaveNoProblems() throws {
        let content = URL(fileURLWithPath: TemporaryCourse.themes).deletingLastPathComponent().appendingPathComponent("content").path
        let (course, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: content, displayRoot: "content")
        let scenarios = course.allPages.filter { $0.kind == "scenario" }
        #expect(scenarios.count == 3)
        #expect(scenarios.allSatisfy { ($0.scenario?.moments.count ?? 0) > 5 })
        let files = Set(scenarios.map(\.displayPath))
        #expect((problems + Kinds.all.content.validator.validate(course)).filter { files.contains($0.file) } == [])
    }

    // MARK: Problems

    @Test func replyLeadingToAMissingMoment() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "(#bad)", with: "(#bda)") + "\n\n- \"x\" → [Bad](#bad)\n")
        #expect(problem.line == 13)
        #expect(problem.message == "reply leads to a missing moment '#bda'")
        #expect(problem.hint == "did you mean 'bad'?")
    }

    @Test func momentNoPathReaches() throws {
        let problem = try only(Self.valid + "\n\n## Forgotten\n\nNobody comes here.\n")
        #expect(problem.line == 24)
        #expect(problem.message == "no path from the start reaches the moment 'Forgotten'")
    }

    @Test func momentReachedOnlyFromUnreachableMoments() throws {
        let body = Self.valid + "\n\n## Island\n\n- \"x\" → [Shore](#shore)\n\n## Shore\n\nSand.\n"
        let (_, problems) = try load(scenarioPage(body))
        #expect(problems.map(\.line) == [24, 28])
        #expect(problems.map(\.message) == ["no path from the start reaches the moment 'Island'",
                                            "no path from the start reaches the moment 'Shore'"])
        #expect(problems.last?.hint == "the replies that lead here are in moments that cannot be reached either")
    }

    @Test func noEndingReachableFromTheStart() throws {
        let body = "## Opening\n\n- \"a\" → [Round](#round)\n\n## Round\n\n- \"b\" → [Opening](#opening)\n"
        let problem = try only(body)
        #expect(problem.line == 6)
        #expect(problem.message == "no ending can be reached from the start ('Opening')")
        #expect(problem.hint == "every moment has replies; add a moment without a list: its text is the debrief")
    }

    @Test func loopWithNoWayOut() throws {
        let body = Self.valid.replacingOccurrences(of: "[Opening](#opening)", with: "[Spin](#spin)")
            + "\n\n## Spin\n\n- \"a\" → [Spin again](#spin-again)\n\n## Spin again\n\n- \"b\" → [Spin](#spin)\n"
        let problem = try only(body)
        #expect(problem.line == 24)
        #expect(problem.message == "a loop with no way out: from 'Spin', 'Spin again' no reply ever leads to an ending")
    }

    @Test func tensionChangeThatIsNotANumber() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "(+3)", with: "(+lots)"))
        #expect(problem.line == 13)
        #expect(problem.message == "tension change '(+lots)' is not a number")
    }

    @Test func textAfterTheLinkThatIsNotATensionChange() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "(+3)", with: "+3"))
        #expect(problem.line == 13)
        #expect(problem.message == "unexpected text '+3' after the link")
    }

    @Test func tensionChangeOutOfRange() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "(+3)", with: "(+30)"))
        #expect(problem.line == 13)
        #expect(problem.message == "tension change '(+30)' is outside -10 to +10")
    }

    @Test func startTensionOutsideZeroToTen() throws {
        let problem = try only(Self.valid, frontMatter: "tension: 12\n")
        #expect(problem.line == 4)
        #expect(problem.message == "'tension' must be between 0 and 10 (found 12)")
    }

    @Test func startTensionThatIsNotANumber() throws {
        let problem = try only(Self.valid, frontMatter: "tension: high\n")
        #expect(problem.line == 4)
        #expect(problem.message == "'tension' must be a whole number of points from 0 (calm) to 10 (found 'high')")
    }

    @Test func replyWithoutALink() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "- \"Hm.\" → [Opening](#opening)", with: "- \"Hm.\""))
        #expect(problem.line == 14)
        #expect(problem.message == "reply has no link to the moment it leads to")
    }

    @Test func replyWithTwoLinks() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "\"Hm.\"", with: "\"See [this](#bad).\""))
        #expect(problem.line == 14)
        #expect(problem.message == "reply has 2 links; it needs exactly one, to the moment it leads to")
    }

    @Test func replyLeadingToAnotherPage() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "[Opening](#opening)", with: "[First](01-first.md)"))
        #expect(problem.line == 14)
        #expect(problem.message == "a reply must lead to a moment of this scenario; '01-first.md' is not one")
    }

    @Test func startNamingAMissingMoment() throws {
        let problem = try only(Self.valid, frontMatter: "tension: 4\nstart: goood\n")
        #expect(problem.line == 5)
        #expect(problem.message == "'start' names the moment '#goood', but there is no such moment")
        #expect(problem.hint == "did you mean 'good'?")
    }

    @Test func endingWithoutADebrief() throws {
        let problem = try only(Self.valid.replacingOccurrences(of: "[Opening](#opening)", with: "[Silent](#silent)") + "\n\n## Silent\n")
        #expect(problem.line == 24)
        #expect(problem.message == "the ending 'Silent' has no debrief")
    }

    @Test func textOrASecondListAfterTheReplies() throws {
        let body = Self.valid.replacingOccurrences(of: "(#opening)", with: "(#opening)\n\nMore.\n\n1. y")
        let (_, problems) = try load(scenarioPage(body))
        #expect(problems.map(\.line) == [16, 18])
        #expect(problems.map(\.message) == ["text after the replies", "a moment has one list of replies; this is a second list"])
    }

    @Test func brokenReplyIsReportedWithoutTheMomentsBehindIt() throws {
        let body = Self.valid.replacingOccurrences(of: "[Bad](#bad) (+3)", with: "Bad")
        let (_, problems) = try load(scenarioPage(body))
        #expect(problems.map(\.message) == ["reply has no link to the moment it leads to"])
    }

    @Test func scenarioWithoutMoments() throws {
        let problem = try only("Just an introduction.\n")
        #expect(problem.line == 6)
        #expect(problem.message == "scenario has no moments")
    }
}

@Suite struct ScenarioScaleTests {
    func load(_ text: String) -> [Diagnostic] {
        ContentLoader(kinds: Kinds.all.content).loadPage(Array(text.utf8), at: "01-m/02-a.md", config: CourseConfig(title: "T")).1
    }

    /// Found by timing 64 KB inputs in the fuzz build: 2,500 replies to missing moments took 25 seconds.
    @Test func manyRepliesToMissingMomentsAreCheckedQuickly() {
        let replies = (0..<2_500).map { "- \"x\" → [m](#missing-\($0))\n" }.joined()
        let endings = (0..<1_000).map { "## Ending \($0)\n\nDone.\n\n" }.joined()
        let clock = ContinuousClock()
        let started = clock.now
        let diagnostics = load("---\ntype: scenario\ntitle: T\n---\n## Start\n\n\(replies)\n\(endings)")
        #expect(diagnostics.filter { $0.message.hasPrefix("reply leads to a missing moment") }.count == 2_500)
        #expect(clock.now - started < .seconds(10))
    }

    /// Each unreachable moment searched every reply of the scenario, and each loop filtered
    /// every trapped moment: thousands of moments took seconds.
    @Test func manyUnreachableMomentsAndLoopsAreCheckedQuickly() {
        let endings = (0..<4_000).map { "## Ending \($0)\n\nDone.\n\n" }.joined()
        let loops = (0..<2_000).map { "## Loop \($0)\n\n- \"again\" → [Loop](#loop-\($0))\n\n" }.joined()
        let clock = ContinuousClock()
        let started = clock.now
        let diagnostics = load("---\ntype: scenario\ntitle: T\n---\n## Start\n\n- \"x\" → [Loop](#loop-0)\n- \"y\" → [End](#ending-0)\n\n\(endings)\(loops)")
        #expect(diagnostics.filter { $0.message.hasPrefix("no path from the start reaches") }.count == 3_999 + 1_999)
        #expect(diagnostics.filter { $0.message.hasPrefix("a loop with no way out") }.count == 1)
        #expect(clock.now - started < .seconds(10))
    }
}
