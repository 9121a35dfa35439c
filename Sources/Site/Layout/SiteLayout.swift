import Course

/// Where every page and file of a course is published: `01-why/02-calm.md` at `why/calm/`,
/// `01-why/index.md` at `why/`, `faq.md` at `faq/`, `01-why/img/a.png` at `why/img/a.png`.
/// Module folders and files lose their order prefix.
public struct SiteLayout: Sendable {
    /// Output folder of each page by its path in content/.
    public let pathsBySource: [String: String]
    /// Published folder name of each module folder, e.g. `01-why` → `why`.
    private let moduleSlugs: [String: String]

    public init(_ course: Course) {
        var paths: [String: String] = [:]
        var slugs: [String: String] = [:]
        for module in course.modules {
            slugs[module.folder] = module.slug
            paths[module.index.sourcePath] = module.slug + "/"
            for page in module.pages { paths[page.sourcePath] = module.slug + "/" + page.slug + "/" }
        }
        for page in course.pages { paths[page.sourcePath] = page.slug + "/" }
        pathsBySource = paths
        moduleSlugs = slugs
    }

    /// The output folder of a page of the course (`why/calm/`).
    public func path(of page: Page) -> String {
        pathsBySource[page.sourcePath] ?? page.slug + "/"
    }

    /// Where a file from content/ is published: module folders lose their order prefix.
    public func outputPath(ofFile source: String) -> String {
        var parts = source.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.count > 1, let slug = moduleSlugs[parts[0]] { parts[0] = slug }
        return parts.joined(separator: "/")
    }

    /// Where the link `reference` of the page published at `path` leads, relative to it,
    /// escaped for an attribute as cmark escapes URLs; nil for links the site leaves as written.
    public func href(for reference: LinkReference, from path: String) -> String? {
        switch reference.target {
        case .page(let source, let anchor):
            let target = pathsBySource[source] ?? ""
            let fragment = anchor.map { $0.isEmpty ? "" : "#" + $0 } ?? ""
            return HrefEscaping.escape(SitePath.relative(from: path, to: target) + fragment)
        case .file(let source):
            return HrefEscaping.escape(SitePath.relative(from: path, to: outputPath(ofFile: source)))
        case .anchor, .external:
            return nil
        }
    }
}
