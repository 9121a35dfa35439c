@testable import Course
import Kinds
import Testing

@Suite struct ValidatorTests {
    /// A lesson with many headings and many links to anchors it lacks, one file.
    func lessonWithBrokenAnchors(headings: Int, links: Int) throws -> Course {
        let body = (0..<headings).map { "## Part \($0)\n\n" }.joined() + (0..<links).map { "[x](#gone-\($0)) " }.joined()
        let loader = ContentLoader(kinds: Kinds.all.content)
        let config = CourseConfig(title: "T")
        let page = try #require(loader.loadPage(Array("---\ntitle: T\n---\n\(body)".utf8), at: "01-m/02-a.md", config: config).0)
        return loader.course(holding: page, config: config)
    }

    /// Found by timing 64 KB inputs in the fuzz build: each broken link rebuilt the page's
    /// anchors and sorted them all to find a suggestion, so 1,500 headings and 2,500 broken
    /// links took a minute to check.
    @Test func manyBrokenAnchorLinksAreCheckedInLinearTime() throws {
        // Four times the input takes about four times as long, not sixteen: a ratio rather
        // than a fixed time, so a machine busy with other work does not fail it.
        func seconds(headings: Int, links: Int) throws -> Duration {
            let course = try lessonWithBrokenAnchors(headings: headings, links: links)
            let clock = ContinuousClock()
            let started = clock.now
            let diagnostics = Validator().validate(course)
            #expect(diagnostics.count == links)
            return clock.now - started
        }
        let small = try seconds(headings: 375, links: 625)
        let large = try seconds(headings: 1_500, links: 2_500)
        #expect(large < small * 8 + .milliseconds(300), "4× the input took \(large) against \(small)")
    }

    @Test func theSuggestionIsTheNearestName() {
        #expect(Validator.suggestion(for: "part-1x", among: ["part-2", "part-1", "other"]) == "did you mean 'part-1'?")
        #expect(Validator.suggestion(for: "zzz", among: ["g", "f", "e", "d", "c", "b", "a"]) == "available, closest first: a, b, c, d, e, f, …")
        #expect(Validator.suggestion(for: "zzz", among: ["b", "a"]) == "available, closest first: a, b")
        #expect(Validator.suggestion(for: "zzz", among: []) == "the target has no headings to link to")
    }
}

@Suite struct ValidatorSuggestionLimitTests {
    @Test func onlyTheFirstBrokenLinksOfAPageGetASuggestion() throws {
        let body = "## Part\n\n" + (0..<60).map { "[x](#par\($0 % 10))\n\n" }.joined()
        let loader = ContentLoader(kinds: Kinds.all.content)
        let config = CourseConfig(title: "T")
        let page = try #require(loader.loadPage(Array("---\ntitle: T\n---\n\(body)".utf8), at: "01-m/02-a.md", config: config).0)
        let diagnostics = Validator().validate(loader.course(holding: page, config: config))
        #expect(diagnostics.count == 60)
        #expect(diagnostics.prefix(50).allSatisfy { $0.hint == "did you mean 'part'?" })
        #expect(diagnostics.dropFirst(50).allSatisfy { $0.hint == Validator.noSuggestion })
    }
}
