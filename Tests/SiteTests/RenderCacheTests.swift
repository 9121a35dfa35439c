import Course
import CourseFixtures
import Site
import Testing

@Suite struct RenderCacheTests {
    func load(_ course: TemporaryCourse) throws -> (Course, Theme) {
        let (loaded, _) = try ContentLoader().load(from: course.content)
        let theme = try #require(Theme.load(named: "default", from: TemporaryCourse.themes).0)
        return (loaded, theme)
    }

    @Test func aRenderWithTheCacheGivesTheSameFiles() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let (loaded, theme) = try load(course)
        var cached = SiteRenderer(theme: theme)
        cached.cache = RenderCache()
        let first = cached.render(loaded)
        #expect(first == SiteRenderer(theme: theme).render(loaded))
        #expect(cached.render(loaded) == first)
    }

    @Test func aPageReadAgainIsIndexedAgain() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        var (loaded, theme) = try load(course)
        var renderer = SiteRenderer(theme: theme)
        renderer.cache = RenderCache()
        renderer.cache?.prepare(for: loaded)
        try course.write("01-basics/02-second.md", "---\ntitle: Second lesson\n---\n\n## Why it works\n\nZebras.\n")
        let page = try #require(loaded.modules[0].pages.last)
        let (reloaded, _) = ContentLoader().reload(page, in: loaded)
        loaded.modules[0].pages[loaded.modules[0].pages.count - 1] = try #require(reloaded)
        let index = renderer.render(loaded, pagesFrom: []).first { $0.path.hasPrefix("assets/search-index.") }
        guard case .bytes(let data)? = index?.contents else {
            Issue.record("no search index")
            return
        }
        #expect(String(decoding: data, as: UTF8.self).contains("zebras"))
    }
}
