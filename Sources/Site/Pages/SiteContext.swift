import Course
import Foundation

/// What every page of one build shares: where each page is published, the reading order,
/// each page's kind, and the theme's assets. Computed once, so rendering a page costs the
/// same in a course of ten lessons or ten thousand.
struct SiteContext: @unchecked Sendable {
    /// A page with its place, its kind and its neighbours in reading order.
    struct Entry: @unchecked Sendable {
        var page: Page
        /// Where it is published, e.g. `why/calm/`.
        var path: String
        var kind: any SiteKind.Type
        var module: Module?
        var previous: Page?
        var next: Page?
    }

    let course: Course
    let entries: [Entry]
    /// Where each page and file is published.
    let layout: SiteLayout
    let kinds: SiteKinds
    /// The pages kinds add that gather their pages (the phrasebook), with their kind's pages.
    let gatherings: [(page: GatheringPage, kind: any SiteKind.Type, entries: [Entry])]
    private(set) var assets: [Theme.Asset]
    private var assetNames: [String: String]
    /// The reporter scripts every page loads, in order, as published: none but in a package.
    private let reporterFiles: [String]
    /// Rendered sidebars by `sidebarKey`.
    private(set) var sidebars: [String: Sidebar] = [:]
    /// The parts of the layout that are the same on every page at one depth, by `root`.
    private var chrome: [String: Chrome] = [:]
    let theme: Theme

    init(course: Course, theme: Theme, kinds: SiteKinds, reporting: Reporting? = nil) {
        self.course = course
        self.theme = theme
        self.kinds = kinds
        let layout = SiteLayout(course)
        self.layout = layout
        func kind(of page: Page) -> any SiteKind.Type { kinds.named(page.kind) ?? kinds.lessonKind }
        var entries: [Entry] = []
        var sequence: [(Page, Module)] = []
        for module in course.modules {
            sequence.append((module.index, module))
            for page in module.pages { sequence.append((page, module)) }
        }
        for (offset, (page, module)) in sequence.enumerated() {
            entries.append(Entry(page: page, path: layout.path(of: page), kind: kind(of: page), module: module,
                                 previous: offset > 0 ? sequence[offset - 1].0 : nil,
                                 next: offset + 1 < sequence.count ? sequence[offset + 1].0 : nil))
        }
        for page in course.pages { entries.append(Entry(page: page, path: layout.path(of: page), kind: kind(of: page))) }
        self.entries = entries
        gatherings = kinds.all.compactMap { kind in
            guard let gathering = kind.gatheringPage else { return nil }
            let gathered = entries.filter { $0.page.kind == kind.name }
            return gathered.isEmpty ? nil : (gathering, kind, gathered)
        }

        // Reporter scripts only in a package, and only its standard's.
        let reporterScripts = reporting?.standard.scripts ?? []
        var assets = theme.assets.values.sorted { $0.name < $1.name }
            .filter { !Reporting.allScripts.contains($0.name) || reporterScripts.contains($0.name) }
        // What the theme's scripts say, in the course's language (`window.parleyStrings`).
        let strings = theme.strings.script()
        assets.append(Theme.Asset(name: "strings.js", hashedName: Theme.hashedName("strings.js", strings), data: strings))
        if let accent = course.config.accentColor {
            // The brand colour is for the light scheme; the dark scheme keeps the theme's own
            // accent, which is chosen to contrast with a dark background.
            let css = Data("@media (prefers-color-scheme: light) {\n  :root { --accent: \(accent); }\n}\n@media print {\n  :root { --accent: \(accent); }\n}\n".utf8)
            assets.append(Theme.Asset(name: "brand.css", hashedName: Theme.hashedName("brand.css", css), data: css))
        }
        self.assets = assets
        var names: [String: String] = [:]
        for asset in assets {
            names[Self.key(forAsset: asset.name)] = "assets/" + asset.hashedName
        }
        assetNames = names
        reporterFiles = reporterScripts.compactMap { name in assets.first { $0.name == name }.map { "assets/" + $0.hashedName } }
        sidebars = renderSidebars(with: theme)
        renderChrome()
    }

    /// The site's own pages, by file, as messages name them: no page or file of the course
    /// may take their place.
    static let ownPages = [
        "index.html": "the home page",
        "404.html": "the page-not-found page",
        "sitemap.xml": "the sitemap",
        "search/index.html": "the search page",
        "completion/index.html": "the progress page",
    ]

    private func renderSidebars(with theme: Theme) -> [String: Sidebar] {
        let site = self
        let rendered = course.modules.parallelMap { module in
            // Any page one level below the module sees the same relative links.
            let modulePath = site.layout.path(of: module.index)
            return [(true, modulePath), (false, modulePath + "page/")].map { isIndex, path in
                let context = SidebarValues(module: site.moduleLink(module, from: path, markingCurrent: true),
                                            homeHref: SitePath.root(from: path) + "index.html")
                return (Self.sidebarKey(module, isIndex: isIndex), Sidebar(rendered: theme.render("sidebar", context)))
            }
        }
        return Dictionary(rendered.flatMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// Adds a generated asset (the search index), published with a content hash.
    mutating func addAsset(named name: String, data: Data) {
        let asset = Theme.Asset(name: name, hashedName: Theme.hashedName(name, data), data: data)
        assets.append(asset)
        assetNames[Self.key(forAsset: name)] = "assets/" + asset.hashedName
        renderChrome()
    }

    /// The head's links, the site header and the footer for every depth a page is at:
    /// rendered once per depth instead of once per page.
    private mutating func renderChrome() {
        var roots: Set<String> = ["", "../", notFoundRoot]
        for entry in entries { roots.insert(SitePath.root(from: entry.path)) }
        chrome = [:]
        for root in roots {
            chrome[root] = Chrome(values: siteValues(root: root), theme: theme)
        }
    }

    /// `search-index.js` is `searchIndex` in templates: Mustache names cannot hold dots.
    static func key(forAsset name: String) -> String {
        let base = name.split(separator: ".").first.map(String.init) ?? name
        let parts = base.split(separator: "-")
        return parts.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
    }


    /// Where a file from content/ is published: module folders lose their order prefix.
    func outputPath(ofFile source: String) -> String {
        layout.outputPath(ofFile: source)
    }

    // MARK: Contexts for the templates

    /// Values every template may use; `root` is the way back to the site root.
    func common(path: String, root: String, title: String, description: String?) -> CommonValues {
        let site = siteValues(root: root)
        return CommonValues(site: site, title: title, description: description ?? course.config.description,
                            canonical: course.config.baseURL.map { $0 + path }, pageID: path,
                            breadcrumb: [TitledLink(title: theme.strings.text("nav.home"), href: root + "index.html")],
                            chrome: chrome[root] ?? Chrome(values: site, theme: theme))
    }

    /// The values that are the same for every page at one depth.
    private func siteValues(root: String) -> SiteValues {
        let config = course.config
        var gatheringHrefs: [String: String] = [:]
        for gathering in gatherings { gatheringHrefs[gathering.page.linkName] = root + gathering.page.path + "index.html" }
        var assetHrefs: [String: String] = [:]
        for (name, file) in assetNames { assetHrefs[name] = root + file }
        return SiteValues(
            site: .init(title: config.title, description: config.description, language: config.language,
                        direction: config.isRightToLeft ? "rtl" : "ltr", id: Slug.heading(config.title)),
            root: root, homeHref: root + "index.html", searchHref: root + "search/index.html",
            completionHref: root + "completion/index.html", gatheringHrefs: gatheringHrefs, assets: assetHrefs,
            reporters: reporterFiles.map { root + $0 },
            logo: config.logo.map { root + outputPath(ofFile: $0) })
    }

    /// The word for a kind of page ("Lesson") in the course's language: `kind.lesson`.
    func label(of kind: any SiteKind.Type) -> String {
        theme.strings.text("kind." + kind.name, or: kind.label)
    }

    func link(to page: Page, from path: String) -> PageLink {
        let kind = kinds.named(page.kind) ?? kinds.lessonKind
        return PageLink(title: page.title, href: SitePath.relative(from: path, to: layout.path(of: page)),
                        duration: page.duration.map(theme.strings.minutes), summary: page.summary, kind: label(of: kind),
                        id: layout.path(of: page), kindClass: page.kind)
    }
}
