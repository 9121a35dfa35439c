import Course

extension SiteRenderer {
    /// Renders only the pages made from these files (paths relative to content/), with the
    /// navigation of the whole course: what a preview needs after an author saves a page.
    /// Files that gather several pages (home, sitemap) are not rendered: a caller uses this
    /// only when they cannot have changed. A new file of that kind that shows a page's body
    /// (a search index, say) belongs here too.
    public func render(_ course: Course, pagesFrom sourcePaths: Set<String>) -> [OutputFile] {
        let site = SiteContext(course: course, theme: theme)
        return site.entries.filter { sourcePaths.contains($0.page.sourcePath) }.map { entry in
            OutputFile(path: entry.page.path + "index.html", text: render(entry, site: site))
        }
    }
}
