import Kinds
import Course
import CourseFixtures
import Site
import Testing

@Suite struct RenderCacheTests {
    func load(_ course: TemporaryCourse) throws -> (Course, Theme) {
        let (loaded, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content)
        let theme = try #require(Theme.load(named: "default", from: TemporaryCourse.themes).0)
        return (loaded, theme)
    }

    func searchIndex(_ files: [OutputFile]) -> String {
        guard case .bytes(let data)? = files.first(where: { $0.path.hasPrefix("assets/search-index.") })?.contents else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func aRenderWithTheCacheGivesTheSameFiles() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let (loaded, theme) = try load(course)
        var cached = SiteRenderer(theme: theme, kinds: Kinds.all)
        cached.cache = RenderCache()
        let first = cached.render(loaded)
        #expect(first == SiteRenderer(theme: theme, kinds: Kinds.all).render(loaded))
        #expect(cached.render(loaded) == first)
    }

    @Test func aPageIsIndexedFromTheCacheUntilItIsForgotten() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        var (loaded, theme) = try load(course)
        var renderer = SiteRenderer(theme: theme, kinds: Kinds.all)
        let cache = RenderCache()
        renderer.cache = cache
        renderer.prepare(cache, for: loaded)
        try course.write("01-basics/02-second.md", "---\ntitle: Second lesson\n---\n\n## Why it works\n\nZebras.\n")
        let page = try #require(loaded.modules[0].pages.last)
        let (reloaded, _) = ContentLoader(kinds: Kinds.all.content).reload(page, in: loaded)
        loaded.modules[0].pages[loaded.modules[0].pages.count - 1] = try #require(reloaded)
        // Same place and title: the entry made before is used, so the new word is not there yet.
        #expect(!searchIndex(renderer.render(loaded, pagesFrom: [])).contains("zebras"))
        cache.forget(page.sourcePath)
        #expect(searchIndex(renderer.render(loaded, pagesFrom: [])).contains("zebras"))
    }
}
