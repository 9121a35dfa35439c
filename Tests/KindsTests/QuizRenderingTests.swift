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
        #expect(!html.contains("[x]"))
        #expect(!html.contains("correct"))
        // Neither the feedback nor the explanation is in the page's text, nor any mark of
        // which option is right: only the salted hash of the right response, and the review
        // encoded, which decodes to the right key, the feedback and the explanation.
        #expect(!html.contains("No.") && !html.contains("Yes.") && !html.contains("the first lesson"))
        #expect(!html.contains("data-check"))
        let fieldset = try #require(html.range(of: "<fieldset class=\"question\"").map { String(html[$0.lowerBound...].prefix { $0 != ">" }) })
        let attribute = { (name: String) -> String? in
            fieldset.range(of: name + "=\"").map { String(fieldset[$0.upperBound...].prefix { $0 != "\"" }) }
        }
        let salt = try #require(html.range(of: "data-salt=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
        let question = try #require(attribute("data-question"))
        let review = try #require(attribute("data-review"))
        let decoded = try #require(Self.decode(review, salt: salt, question: question))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(decoded.utf8)) as? [String: Any])
        #expect((json["e"] as? String)?.contains("<a href=\"../first/index.html\">the first lesson</a>") == true)
        #expect((json["f"] as? [String: String])?.values.sorted() == ["<p>No.</p>\n", "<p>Yes.</p>\n"])
        let keys = html.components(separatedBy: "data-key=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(keys.count == 2)
        // The right option's key is the one whose response hashes to the page's answer.
        let right = keys.filter { AnswerKey.hash("\(salt):\(question):\($0)") == attribute("data-answer") }
        #expect(right.count == 1)
        #expect(json["c"] as? [String] == right)
    }

    /// What quiz.js does to show a review: base64, then XOR with the key stream.
    static func decode(_ review: String, salt: String, question: String) -> String? {
        guard let data = Data(base64Encoded: review) else { return nil }
        let stream = ReviewEncoding.keyStream(count: data.count, salt: salt, question: question)
        return String(decoding: zip(data, stream).map { $0 ^ $1 }, as: UTF8.self)
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
