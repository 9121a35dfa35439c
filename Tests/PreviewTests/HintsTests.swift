import Kinds
import CourseFixtures
import Foundation
import Site
import Testing

/// Author hints are served beside the pages, and nothing of the preview reaches a build.
@Suite struct HintsTests {
    static let quiz = [
        "01-basics/03-quiz.md": "---\ntype: quiz\ntitle: Check\n---\n\n## Which?\n\n- [ ] No\n- [x] Yes\n",
    ]

    @Test func theHintsOfAPageHoldItsAnswerKey() async throws {
        try await RunningPreview.with(TemporaryCourse.basics.merging(Self.quiz) { $1 }) { preview in
            let response = try await preview.get("/__parley/hints?page=%2Fbasics%2Fquiz%2Findex.html")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "application/json; charset=utf-8")
            #expect(response.text.contains("\"answers\":[\"Yes\"],\"correct\":[1]"))
        }
    }

    @Test func aBuiltSiteHasNoPreviewScriptNorAnswerKey() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(Self.quiz) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        #expect(try build.run().succeeded)
        let files = FileManager.default.enumerator(atPath: course.output)?.compactMap { $0 as? String } ?? []
        #expect(files.contains("basics/quiz/index.html"))
        for file in files {
            let text = (try? String(contentsOfFile: course.output + "/" + file, encoding: .utf8)) ?? ""
            #expect(!text.contains("__parley"), "\(file)")
            #expect(!text.contains("parley-preview"), "\(file)")
            #expect(!text.contains("\"correct\":"), "\(file)")
        }
    }
}
