import Kinds
import CourseFixtures
import Foundation
import Site
import Testing

@Suite struct CourseOutlineTests {
    @Test func everyPageLoadsTheLessonsAndGradedQuizzes() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/03-quiz.md": "---\ntype: quiz\ntitle: Check\n---\n\n## Q?\n\n- [x] Yes\n- [ ] No\n",
            "01-basics/04-practice.md": "---\ntype: quiz\ntitle: Practice\ngraded: false\n---\n\n## Q?\n\n- [x] Yes\n- [ ] No\n",
        ]) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        let lesson = try #require(course.built("basics/first/index.html"))
        let start = try #require(lesson.range(of: "assets/course-outline.")).lowerBound
        let name = String(lesson[start...].prefix { $0 != "\"" })
        let script = try #require(course.built(name))
        #expect(script == "window.parleyCourse = {\"lessons\":[\"basics/first/\",\"basics/second/\"],\"quizzes\":[\"basics/quiz\"],\"quizPages\":[\"basics/quiz/\"]};\n")
    }
}
