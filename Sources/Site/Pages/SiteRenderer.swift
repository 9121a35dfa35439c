import Course
import Foundation

/// Renders a checked course with a theme into the files of the site, in memory, on every
/// core. It reads nothing but the values the load stage made and the theme it was given,
/// and writes nothing.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    public let kinds: SiteKinds
    /// Kept from one render to the next by a caller that renders the same course again.
    public var cache: RenderCache?
    /// What an exported package reports to: its pages load the reporter scripts. None in a
    /// plain build.
    public var reporting: Reporting?

    public init(theme: Theme, kinds: SiteKinds) {
        self.theme = theme
        self.kinds = kinds
    }

    /// Every file of the site, in memory. `pagesFrom` renders only the pages made from these
    /// files (paths relative to content/) and everything else as always: a preview's
    /// rebuild after a save that changes no other page.
    public func render(_ course: Course, pagesFrom sourcePaths: Set<String>? = nil) -> [OutputFile] {
        let files = FileCollector()
        // The collector never throws.
        try? render(course, pagesFrom: sourcePaths, deliver: files.add)
        return files.sorted
    }

    /// Works out what a later render can reuse (every page's search entry), on every core.
    public func prepare(_ cache: RenderCache, for course: Course) {
        cache.prepare(course.allPages, layout: SiteLayout(course), kinds: kinds, language: course.config.language)
    }

    /// Makes every page's search entry into `cache`, a group of pages at a time, and lets
    /// go of each page's text once its entry is made: a build that renders once never
    /// holds the text of every page and the whole index together.
    public func index(_ course: inout Course, into cache: RenderCache) {
        let layout = SiteLayout(course)
        let language = course.config.language
        course.consumeSectionTexts(inGroupsOf: 512) { pages in
            cache.prepare(pages, layout: layout, kinds: kinds, language: language)
        }
        FreedMemory.returnToSystem()
    }

    /// Renders the site and hands each file to `deliver` as soon as it is made, from every
    /// core at once, so a build can write pages while others render and keep none of them.
    /// Rethrows the first error of `deliver`.
    public func render(_ course: Course, pagesFrom sourcePaths: Set<String>? = nil,
                       deliver: @Sendable (OutputFile) throws -> Void) throws {
        var site = SiteContext(course: course, theme: theme, kinds: kinds, reporting: reporting)
        site.addAsset(named: "course-outline.js", data: Data(CourseOutline.script(site, reporting: reporting).utf8))
        // The index's name carries its hash, and every page links to the search page only,
        // so pages and index entries can be made in one pass.
        let pagesSite = site
        let language = SearchIndex.Language.named(course.config.language)
        let failures = FirstFailure()
        let searchEntries = site.entries.parallelMap { entry in
            let searchEntry = cache?.searchEntry(for: entry, language: language)
                ?? SearchIndex.entry(for: entry.page, at: entry.path, kind: entry.kind, language: language)
            if sourcePaths?.contains(entry.page.sourcePath) ?? true {
                failures.run { try deliver(OutputFile(path: entry.path + "index.html", text: render(entry, site: pagesSite))) }
            }
            return searchEntry
        }
        try failures.rethrow()
        FreedMemory.returnToSystem()
        cache?.keep(only: Set(site.entries.map(\.page.sourcePath)))
        // The index and the pages that gather the whole course (home, completion, …) do not
        // need one another: they are made side by side. Only the search page needs the
        // index, for its name.
        let gathered = Gathering.allCases.parallelMap { part -> (index: Data?, files: [OutputFile]) in
            switch part {
            case .searchIndex:
                return (SearchIndex.script(entries: searchEntries, language: language), [])
            case .home:
                return (nil, [OutputFile(path: "index.html", text: theme.render("home", pagesSite.homeContext()))])
            case .notFound:
                return (nil, [OutputFile(path: "404.html", text: theme.render("404", pagesSite.notFoundContext()))])
            case .completion:
                return (nil, [OutputFile(path: "completion/index.html", text: theme.render("completion", pagesSite.completionContext()))])
            case .kindPages:
                return (nil, pagesSite.gatherings.map { gathering in
                    OutputFile(path: gathering.page.path + "index.html", text: renderGathering(gathering, site: pagesSite))
                })
            case .sitemap:
                // A sitemap holds absolute URLs only: none without a base URL.
                guard let baseURL = course.config.baseURL else { return (nil, []) }
                let paths = [""] + pagesSite.entries.map(\.path) + ["search/", "completion/"] + pagesSite.gatherings.map(\.page.path)
                return (nil, [OutputFile(path: "sitemap.xml", text: Sitemap.xml(baseURL: baseURL, paths: paths))])
            }
        }
        var files = gathered.flatMap(\.files)
        for index in gathered.compactMap(\.index) {
            site.addAsset(named: "search-index.js", data: index)
        }
        files.append(OutputFile(path: "search/index.html", text: theme.render("page", site.searchContext())))
        for asset in site.assets {
            files.append(OutputFile(path: "assets/" + asset.hashedName, contents: .bytes(asset.data)))
        }
        for file in course.files {
            files.append(OutputFile(path: site.layout.outputPath(ofFile: file.path), contents: .copy(file.realPath)))
        }
        try files.forEach(deliver)
    }

    private func render(_ entry: SiteContext.Entry, site: SiteContext) -> String {
        let rendering = PageRendering(page: entry.page, path: entry.path, config: site.course.config, theme: theme, layout: site.layout)
        return theme.render(entry.kind.template, site.pageContext(entry, body: Self.body(of: entry, kind: entry.kind, on: rendering)))
    }

    /// The page's body as its kind shows it.
    private static func body<Kind: SiteKind>(of entry: SiteContext.Entry, kind: Kind.Type, on rendering: PageRendering) -> String {
        guard let content = entry.page.content(as: kind) else { return "" }
        return Kind.body(of: content, on: rendering)
    }

    private func renderGathering(_ gathering: (page: GatheringPage, kind: any SiteKind.Type, entries: [SiteContext.Entry]),
                                 site: SiteContext) -> String {
        let rendering = PageRendering(page: nil, path: gathering.page.path, config: site.course.config, theme: theme, layout: site.layout)
        let gathered = Self.gather(gathering.entries, kind: gathering.kind, on: rendering)
        return theme.render("page", site.gatheringContext(gathering.page, gathered))
    }

    private static func gather<Kind: SiteKind>(_ entries: [SiteContext.Entry], kind: Kind.Type, on rendering: PageRendering) -> GatheredPage {
        Kind.gather(entries.compactMap { entry in entry.page.content(as: kind).map { (entry.page, $0) } }, on: rendering)
    }

    /// What gathers the whole course, made once every page is.
    private enum Gathering: CaseIterable, Sendable {
        case searchIndex, home, notFound, completion, kindPages, sitemap
    }
}
