import Kinds
import CourseFixtures
import Site
import Testing

@Suite struct ScenarioRenderingTests {
    static let scenario = """
    ---
    type: scenario
    title: Talk
    tension: 4
    start: greeting
    ---

    Set the scene; see [the first lesson](01-first.md).

    ## Aside

    - "Back." → [Greeting](#greeting)

    ## Greeting

    **Customer:** "Hi & bye."

    - "*Hello*, how can I help?" → [Done](#done) (-2)
    - "What?" -> [Aside](#aside) (+3)

    ## Done

    > [!TIP]
    > Well done.
    """

    func rendered() throws -> String {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/09-talk.md": Self.scenario]) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        return try #require(course.built("basics/talk/index.html"))
    }

    @Test func momentsAreSectionsWithTheStartFirst() throws {
        let html = try rendered()
        #expect(html.contains("<div class=\"scenario\" data-start=\"greeting\" data-tension=\"4\" data-tension-max=\"10\">"))
        let greeting = try #require(html.range(of: "<section class=\"moment\" id=\"greeting\" data-ending=\"false\">"))
        let aside = try #require(html.range(of: "<section class=\"moment\" id=\"aside\" data-ending=\"false\">"))
        #expect(greeting.lowerBound < aside.lowerBound)
        #expect(html.contains("<section class=\"moment moment-ending\" id=\"done\" data-ending=\"true\">"))
        #expect(html.contains("<h2 class=\"moment-title\">Greeting</h2>"))
    }

    @Test func repliesLinkToTheirMomentsWithTheirTensionChange() throws {
        let html = try rendered()
        #expect(html.contains("<a class=\"reply\" href=\"#done\" data-target=\"done\" data-change=\"-2\">“<em>Hello</em>, how can I help?”</a>"))
        #expect(html.contains("<a class=\"reply\" href=\"#aside\" data-target=\"aside\" data-change=\"3\">“What?”</a>"))
        #expect(!html.contains("→") && !html.contains("(+3)") && !html.contains("-&gt;"))
    }

    @Test func textIsRenderedLikeALesson() throws {
        let html = try rendered()
        #expect(html.contains("<strong>Customer:</strong> “Hi &amp; bye.”"))
        #expect(html.contains("<aside class=\"callout callout-tip\">"))
        #expect(html.contains("<a href=\"../first/index.html\">the first lesson</a>"))
        #expect(html.contains("Start again from “Greeting”"))
    }

    @Test func pageLoadsTheScriptAndNotesWhatNeedsIt() throws {
        let html = try rendered()
        #expect(html.contains("<script src=\"../../assets/scenario."))
        #expect(html.contains("tracked only with JavaScript"))
        #expect(html.contains("<meter class=\"tension-meter\""))
        #expect(!html.contains("class=\"toc\""))
    }
}
