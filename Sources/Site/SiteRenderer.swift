import CommonMark
import Course
import Foundation

/// Renders a checked course with a theme into the files of the site, in memory, on every
/// core. It reads nothing but the theme it was given and writes nothing.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    /// Kept from one render to the next by a caller that renders the same course again.
    public var cache: RenderCache?
    /// Bodies a build made while reading the course; those pages' trees are gone.
    public var bodies: PageBodies?

    public init(theme: Theme) {
        self.theme = theme
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

    /// Renders the site and hands each file to `deliver` as soon as it is made, from every
    /// core at once, so a build can write pages while others render and keep none of them.
    /// `releasingTrees` frees each page's Markdown tree once the page is made (a build that
    /// renders the course once); the pages' trees must not be read again (the phrasebook at
    /// the end reads the banks' phrases, which are text). Rethrows the first error of `deliver`.
    public func render(_ course: Course, pagesFrom sourcePaths: Set<String>? = nil, releasingTrees: Bool = false,
                       deliver: @Sendable (OutputFile) throws -> Void) throws {
        var site = SiteContext(course: course, theme: theme)
        site.addAsset(named: "course-outline.js", data: Data(CourseOutline.script(site.entries).utf8))
        // The index's name carries its hash, and every page links to the search page only,
        // so pages and index entries can be made in one pass.
        let entries = site.entries
        let pagesSite = site
        let failures = FirstFailure()
        let searchEntries = entries.parallelMap { entry in
            let page = entry.page
            let searchEntry = cache?.searchEntry(for: page) ?? SearchIndex.entry(for: page)
            if sourcePaths?.contains(page.sourcePath) ?? true {
                failures.run { try deliver(OutputFile(path: page.path + "index.html", text: render(entry, site: pagesSite))) }
            }
            if releasingTrees { page.document.discardContent() }
            return searchEntry
        }
        try failures.rethrow()
        if releasingTrees { FreedMemory.returnToSystem() }
        cache?.keep(only: Set(entries.map(\.page.sourcePath)))
        // The index and the pages that gather the whole course (home, completion, …) do not
        // need one another: they are made side by side. Only the search page needs the
        // index, for its name.
        let gathered = Gathering.allCases.parallelMap { part -> (index: Data?, file: OutputFile?) in
            switch part {
            case .searchIndex:
                return (SearchIndex.script(entries: searchEntries), nil)
            case .home:
                return (nil, OutputFile(path: "index.html", text: theme.render("home", pagesSite.homeContext())))
            case .notFound:
                return (nil, OutputFile(path: "404.html", text: theme.render("404", pagesSite.notFoundContext())))
            case .completion:
                return (nil, OutputFile(path: "completion/index.html", text: theme.render("completion", pagesSite.completionContext())))
            case .phrasebook:
                return (nil, pagesSite.phrasebookContext(body: phrasebookBody(pagesSite)).map {
                    OutputFile(path: "phrasebook/index.html", text: theme.render("page", $0))
                })
            case .sitemap:
                let paths = [""] + entries.map(\.page.path) + ["search/", "completion/"] + (pagesSite.hasPhraseBanks ? ["phrasebook/"] : [])
                return (nil, OutputFile(path: "sitemap.xml", text: Sitemap.xml(baseURL: course.config.baseURL, paths: paths)))
            }
        }
        var files = gathered.compactMap(\.file)
        for index in gathered.compactMap(\.index) {
            site.addAsset(named: "search-index.js", data: index)
        }
        files.append(OutputFile(path: "search/index.html", text: theme.render("page", site.searchContext())))
        for asset in site.assets {
            files.append(OutputFile(path: "assets/" + asset.hashedName, contents: .bytes(asset.data)))
        }
        for file in course.files {
            files.append(OutputFile(path: site.outputPath(ofFile: file.path), contents: .copy(file.realPath)))
        }
        try files.forEach(deliver)
    }

    private func render(_ entry: SiteContext.Entry, site: SiteContext) -> String {
        let page = entry.page
        // A body made while loading has its links pointed already, and no tree to point.
        let early = bodies?.body(for: page)
        if early == nil { page.rewriteLinks(with: site.layout) }
        let template = page.kind == .module ? "module" : "page"
        return theme.render(template, site.pageContext(entry, body: body(of: page, site: site, early: early)))
    }

    private func body(of page: Page, site: SiteContext, early: String?) -> String {
        let allowsRawHTML = site.course.config.allowsRawHTML
        var appended = ""
        for quiz in page.quizzes {
            let html = theme.render("quiz", quizContext(quiz, page: page, site: site))
            if let placeholder = quiz.placeholder {
                placeholder.setOnEnter(html)
            } else {
                appended += html
            }
        }
        switch page.kind {
        case .quiz:
            return Node.renderHTML(page.quizzes.first?.intro ?? [], allowRawHTML: allowsRawHTML) + appended
        case .phrasebank:
            guard let bank = page.phraseBank else { return appended }
            let phrases = theme.render("phrases", ["sections": PhraseBankContext.sections(of: bank)])
            let drill = appended.isEmpty ? "" : theme.render("drill", ["quiz": appended])
            return Node.renderHTML(bank.intro, allowRawHTML: allowsRawHTML) + phrases + drill
        case .scenario:
            guard let scenario = page.scenario else { return appended }
            return theme.render("scenario", ScenarioContext(scenario: scenario, allowsRawHTML: allowsRawHTML).make())
        case .faq:
            guard let faq = page.faq else { return appended }
            let entries = FAQContext.entries(of: faq, allowsRawHTML: allowsRawHTML)
            return Node.renderHTML(faq.intro, allowRawHTML: allowsRawHTML)
                + theme.render("faq", ["entries": entries, "structuredData": FAQContext.structuredData(of: faq)])
        default:
            return (early ?? page.document.renderHTML(allowRawHTML: allowsRawHTML)) + appended
        }
    }

    private func quizContext(_ quiz: Quiz, page: Page, site: SiteContext) -> [String: Any] {
        QuizContext(
            quiz: quiz, courseTitle: site.course.config.title,
            passMark: page.passMark ?? site.course.config.passMark,
            isShuffled: page.isShuffled, isGraded: !quiz.isInline && page.isGraded,
            allowsRawHTML: site.course.config.allowsRawHTML
        ).make()
    }

    /// Every bank's phrases on one page, grouped by bank.
    private func phrasebookBody(_ site: SiteContext) -> String {
        site.entries.compactMap { entry -> String? in
            guard let bank = entry.page.phraseBank else { return nil }
            let sections = PhraseBankContext.sections(of: bank, idPrefix: Slug.fileName(entry.page.title) + "-")
            return theme.render("phrases", [
                "bank": ["bankTitle": entry.page.title, "href": "../" + entry.page.path + "index.html", "bankID": Slug.fileName(entry.page.title)],
                "sections": sections,
            ])
        }.joined()
    }

    /// What gathers the whole course, made once every page is.
    private enum Gathering: CaseIterable, Sendable {
        case searchIndex, home, notFound, completion, phrasebook, sitemap
    }
}
