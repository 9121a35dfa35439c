import Kinds
import Foundation
import CourseFixtures
import Site
import Testing
@testable import Kinds

@Suite struct QuizRenderingTests {
    /// Reference values computed by quiz.js's hash in a browser: both sides must agree.
    @Test func answerHashMatchesTheBrowserImplementation() {
        #expect(AnswerKey.hash("abc") == "1dtlchkfkb1")
        #expect(AnswerKey.hash("") == "wvjl67o803")
        #expect(AnswerKey.hash("salt:key:1") == "2ed58h1b7r2")
    }

    @Test func orderingQuestionsNeverShowTheirAnswerOrder() {
        for count in 2...6 {
            for seed in ["a", "b", "c", "d"] {
                let order = AnswerKey.permutation(count, seed: seed)
                #expect(order.sorted() == Array(0..<count))
                #expect(order != Array(0..<count))
                #expect(AnswerKey.permutation(count, seed: seed) == order)
            }
        }
    }

    @Test func quizPageHasFieldsetsAndNoPlainAnswerKey() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Q\npass_mark: 60\n---\n\n## Which?\n\n- [ ] Wrong one\n  > No.\n- [x] Right one\n  > Yes.\n\nSee [the first lesson](01-first.md).\n",
        ]) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(result.succeeded)
        let html = try #require(course.built("basics/quiz/index.html"))
        #expect(html.contains("<fieldset class=\"question\""))
        #expect(html.contains("<legend>"))
        #expect(html.contains("data-pass-mark=\"60\""))
        #expect(html.contains("type=\"radio\""))
        #expect(html.contains("<a href=\"../first/index.html\">the first lesson</a>"))
        #expect(!html.contains("[x]"))
        #expect(!html.contains("correct"))
    }
}

@Suite struct ExtraPagesTests {
    func built(_ files: [String: String]) throws -> TemporaryCourse {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(files) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        return course
    }

    @Test func faqHasDetailsWithAnchorsAndStructuredData() throws {
        let course = try built(["faq.md": "---\ntype: faq\ntitle: FAQ\n---\n\n## Can I say \\</script> here?\n\nYes, \"quoted\".\n"])
        let html = try #require(course.built("faq/index.html"))
        #expect(html.contains("<details class=\"faq-entry\" id=\"can-i-say-script-here\">"))
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">")).upperBound
        let end = try #require(html[start...].range(of: "</script>")).lowerBound
        let json = String(html[start..<end]).replacingOccurrences(of: "<\\/", with: "</")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entities = try #require(object["mainEntity"] as? [[String: Any]])
        #expect(object["@type"] as? String == "FAQPage")
        #expect(entities.map { $0["name"] as? String } == ["Can I say </script> here?"])
    }

    @Test func searchIndexIsAScriptWithTitlesHeadingsWordsAndPhrases() throws {
        let course = try built(["01-basics/08-bank.md": "---\ntype: phrasebank\ntitle: Bank\n---\n\n## Shouting\n\n- \"Calm down.\" → \"I hear you.\"\n  Reason here.\n"])
        let search = try #require(course.built("search/index.html"))
        let name = try #require(search.range(of: "assets/search-index.")).lowerBound
        let file = String(search[name...].prefix { $0 != "\"" })
        let script = try #require(course.built(file))
        #expect(script.hasPrefix("window.parleySearchIndex = {"))
        #expect(script.contains("\"t\":\"Second lesson\""))
        #expect(script.contains("[2,\"Why it works\",\"why-it-works\"]"))
        #expect(script.contains("[3,\"Shouting\",\"shouting\",[\"“Calm down.” → “I hear you.”\"]]"))
        // "Go on to the second lesson" in section 1 ("Saying no kindly"), stop words dropped.
        #expect(script.contains("\"second\":\"1\""))
        #expect(!script.contains("\"the\":"))
    }

    @Test func phrasebookGathersEveryBankAndCompletionListsLessons() throws {
        let course = try built([
            "01-basics/08-bank.md": "---\ntype: phrasebank\ntitle: Bank one\n---\n\n## A\n\n- \"x y\" → \"z w\"\n",
            "01-basics/09-quiz.md": "---\ntype: quiz\ntitle: Final\n---\n\n## Q?\n\n- [x] A\n- [ ] B\n",
        ])
        let phrasebook = try #require(course.built("phrasebook/index.html"))
        #expect(phrasebook.contains("Bank one"))
        #expect(phrasebook.contains("“z w”"))
        let completion = try #require(course.built("completion/index.html"))
        #expect(completion.contains("data-lesson=\"basics/first/\""))
        #expect(completion.contains("data-lesson=\"basics/second/\""))
        #expect(completion.contains("data-quiz=\"basics/quiz\""))
    }
}
