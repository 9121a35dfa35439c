/// Where each file of the content folder is published, known from the folder's listing
/// before any page is read: enough to point a page's links at their published places.
public struct SiteLayout: Sendable {
    /// Output folder of each page by its path in content/, e.g. `01-why/02-calm.md` → `why/calm/`.
    public let pathsBySource: [String: String]
    /// Published folder name of each module folder, e.g. `01-why` → `why`.
    private let moduleSlugs: [String: String]

    public init(pathsBySource: [String: String], moduleSlugs: [String: String]) {
        self.pathsBySource = pathsBySource
        self.moduleSlugs = moduleSlugs
    }

    init(_ listing: ContentListing) {
        var paths: [String: String] = [:]
        var slugs: [String: String] = [:]
        for folder in listing.modules {
            let slug = Slug.fileName(folder)
            slugs[folder] = slug
            // A module without index.md still gets a page.
            paths[folder + "/index.md"] = slug + "/"
        }
        for file in listing.markdown { paths[file.sourcePath] = file.loader.path }
        self.init(pathsBySource: paths, moduleSlugs: slugs)
    }

    /// Where a file from content/ is published: module folders lose their order prefix.
    public func outputPath(ofFile source: String) -> String {
        var parts = source.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.count > 1, let slug = moduleSlugs[parts[0]] { parts[0] = slug }
        return parts.joined(separator: "/")
    }
}

extension Page {
    /// Points links to other Markdown files and to files beside the lessons at their
    /// published place, relative to this page.
    public func rewriteLinks(with layout: SiteLayout) {
        for link in links {
            switch link.target {
            case .page(let source, let anchor):
                guard let target = layout.pathsBySource[source] else { continue }
                let fragment = anchor.map { $0.isEmpty ? "" : "#" + $0 } ?? ""
                link.node.url = SitePath.relative(from: path, to: target) + fragment
            case .file(let source):
                link.node.url = SitePath.relative(from: path, to: layout.outputPath(ofFile: source))
            case .anchor, .external:
                continue
            }
        }
    }

    /// For a build that renders each page once: the body's HTML, made now, after which the
    /// Markdown tree is freed, so the trees of all pages are never in memory at once. Only
    /// lessons and module pages without knowledge checks, whose body needs nothing but the
    /// layout; nil (and nothing changed) for other pages. The nodes `links` point at are
    /// gone afterwards, and the phrase linter reads such a lesson from its file again.
    public func bodyMadeEarly(with layout: SiteLayout, allowsRawHTML: Bool) -> String? {
        guard kind == .lesson || kind == .module, quizzes.isEmpty, !document.isDiscarded else { return nil }
        rewriteLinks(with: layout)
        let html = document.renderHTML(allowRawHTML: allowsRawHTML)
        document.discardContent()
        return html
    }
}
