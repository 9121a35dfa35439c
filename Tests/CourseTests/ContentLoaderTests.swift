import Course
import CourseFixtures
import Kinds
import Testing

@Suite struct ContentLoaderTests {
    func load(_ changes: [String: String] = [:], drafts: Bool = false) throws -> Course {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(changes) { $1 })
        return try ContentLoader(kinds: Kinds.all.content, includesDrafts: drafts).load(from: course.content).0
    }

    @Test func readsCourseSettings() throws {
        let course = try load(["course.yaml": "title: T\npass_mark: 70\nbase_url: https://x.org/a\naccent_color: \"#123456\"\n"])
        #expect(course.config.title == "T")
        #expect(course.config.passMark == 70)
        #expect(course.config.baseURL == "https://x.org/a/")
        #expect(course.config.accentColor == "#123456")
    }

    @Test func ordersModulesAndLessonsByPrefixThenOrderField() throws {
        let course = try load([
            "02-later/index.md": "---\ntitle: Later\n---\n",
            "03-first/index.md": "---\ntitle: First\norder: 0\n---\n",
            "01-basics/00-intro.md": "---\ntitle: Intro\norder: 9\n---\n",
        ])
        #expect(course.modules.map(\.title) == ["First", "Basics", "Later"])
        #expect(course.modules[1].pages.map(\.title) == ["First lesson", "Second lesson", "Intro"])
    }

    @Test func pagesAreKnownByTheirNamesWithoutPrefixes() throws {
        let course = try load(["faq.md": "---\ntype: faq\ntitle: FAQ\n---\n\n## Q?\n\nA.\n"])
        #expect(course.modules[0].slug == "basics")
        #expect(course.modules[0].pages.map(\.slug) == ["first", "second"])
        #expect(course.modules[0].pages.map(\.identifier) == ["basics/first", "basics/second"])
        #expect(course.modules[0].index.identifier == "basics")
        #expect(course.pages.map(\.identifier) == ["faq"])
    }

    @Test func aPageIsValuesOfItsKind() throws {
        let course = try load(["01-basics/03-q.md": "---\ntype: quiz\ntitle: Q\n---\n\n## Which?\n\n- [x] A\n- [ ] B\n"])
        #expect(course.modules[0].pages.map(\.kind) == ["lesson", "lesson", "quiz"])
        #expect(course.modules[0].index.kind == "module")
        let quiz = try #require(course.modules[0].pages[2].content as? QuizKind.Content)
        #expect(quiz.quiz.questions.map(\.promptText) == ["Which?"])
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let draft = ["01-basics/03-draft.md": "---\ntitle: D\ndraft: true\n---\n"]
        #expect(try load(draft).modules[0].pages.count == 2)
        #expect(try load(draft, drafts: true).modules[0].pages.count == 3)
    }

    @Test func collectsHeadingsWithIDs() throws {
        let page = try load().modules[0].pages[0]
        #expect(page.headings.map(\.id) == ["saying-no-kindly", "another-part"])
        #expect(page.headings.map(\.line) == [8, 12])
    }

    @Test func searchSectionsUseTheSameIDsAsTheHeadings() throws {
        let course = try load(["01-basics/03-c.md": "---\ntitle: C\n---\n\n> ### Example\n\n## Example\n\nText.\n"])
        let page = course.modules[0].pages[2]
        #expect(page.headings.map(\.id) == ["example", "example-1"])
        #expect(page.sections.map(\.id) == ["", "example-1"])
    }

    @Test func resolvesLinksToOtherPagesWithAnchors() throws {
        let page = try load().modules[0].pages[0]
        #expect(page.links.map(\.target) == [.page("01-basics/02-second.md", anchor: "why-it-works")])
    }

    @Test func turnsAlertsIntoLabelledCallouts() throws {
        let course = try load(["01-basics/03-c.md": "---\ntitle: C\n---\n\n> [!AVOID]\n> \"Calm down.\"\n"])
        let body = try #require((course.modules[0].pages[2].content as? LessonContent)?.body)
        // The label is the interface's: English without a catalog, else the catalog's words.
        #expect(body.filled(link: { _ in "" }) == "<aside class=\"callout callout-avoid\"><p class=\"callout-label\">Avoid saying</p>\n<p>“Calm down.”</p>\n</aside>\n")
        #expect(body.filled(link: { _ in "" }, text: { $0 == .calloutAvoid ? "Nicht sagen" : "?" }).contains("<p class=\"callout-label\">Nicht sagen</p>"))
    }

    @Test func keepsFilesBesideLessons() throws {
        let course = try load(["01-basics/img/a.png": "PNG"])
        #expect(course.files.map(\.path) == ["01-basics/img/a.png"])
    }
}
