import CourseFixtures
import Site
import Testing
@testable import Site

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
        var build = Build(source: course.content, output: course.output)
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
