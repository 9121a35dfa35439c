import Course

/// The template contexts of the home page, module and lesson pages and the 404 page.
extension SiteContext {
    func pageContext(_ entry: Entry, body: String) -> [String: Any] {
        let page = entry.page
        let path = entry.path
        let root = SitePath.root(from: path)
        var context = common(path: path, root: root, title: page.title, description: page.summary)
        context["body"] = body
        context["kind"] = entry.kind.label
        context["kindClass"] = page.kind
        context["isLesson"] = entry.kind.isLesson
        context["hasFilter"] = entry.kind.hasFilter
        if let summary = page.summary { context["summary"] = summary }
        if let duration = page.duration { context["duration"] = Minutes.text(duration) }
        if !page.objectives.isEmpty {
            context["objectives"] = page.objectives
            context["hasObjectives"] = true
        }

        var breadcrumb: [[String: Any]] = [["title": "Home", "href": root + "index.html"]]
        if let module = entry.module, page.sourcePath != module.index.sourcePath {
            breadcrumb.append(["title": module.title, "href": SitePath.relative(from: path, to: layout.path(of: module.index))])
        }
        context["breadcrumb"] = breadcrumb

        let headings = page.headings.filter { $0.level == 2 || $0.level == 3 }
        if headings.count >= 2, entry.kind.hasContents {
            context["toc"] = headings.map { ["text": $0.text, "id": $0.id, "isSub": $0.level == 3] as [String: Any] }
            context["tocItems"] = Self.tocItems(headings)
            context["hasToc"] = true
        }

        if let previous = entry.previous { context["previous"] = link(to: previous, from: path) }
        if let next = entry.next { context["next"] = link(to: next, from: path) }
        if let module = entry.module {
            let isModulePage = page.sourcePath == module.index.sourcePath
            context["sidebar"] = sidebars[Self.sidebarKey(module, isIndex: isModulePage)]?.marking(path) ?? ""
            if isModulePage { context["module"] = moduleLink(module, from: path) }
        }
        return context
    }

    /// The table of contents' `<li>` items, made here rather than by a `{{#toc}}` loop:
    /// a template loop costs a few dozen lookups per page, the contents as much as the rest
    /// of the page template. `toc` is still there for a theme that wants other markup.
    static func tocItems(_ headings: [Heading]) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(headings.count * 80)
        for heading in headings {
            html += heading.level == 3 ? Array("<li class=\"toc-sub\"><a href=\"#".utf8) : Array("<li><a href=\"#".utf8)
            html += HTML.escape(heading.id).utf8
            html += "\">".utf8
            html += HTML.escape(heading.text).utf8
            html += "</a></li>".utf8
        }
        return String(decoding: html, as: UTF8.self)
    }

    /// The module's pages as links from `path`, for the sidebar and the module page.
    /// `markingCurrent` gives each link the mark a sidebar rendered once fills per page.
    func moduleLink(_ module: Module, from path: String, markingCurrent: Bool = false) -> [String: Any] {
        func linked(_ page: Page) -> [String: Any] {
            var values = link(to: page, from: path)
            if markingCurrent { values["current"] = Sidebar.mark(layout.path(of: page)) }
            return values
        }
        var moduleLink = linked(module.index)
        moduleLink["pages"] = module.pages.map(linked)
        if module.duration > 0 { moduleLink["duration"] = Minutes.text(module.duration) }
        return moduleLink
    }

    /// The sidebar is the same for every page of a module at the same depth, so it is
    /// rendered once per module and depth; only the current page's link is marked.
    static func sidebarKey(_ module: Module, isIndex: Bool) -> String {
        module.folder + (isIndex ? "#index" : "#page")
    }

    func homeContext() -> [String: Any] {
        let config = course.config
        var context = common(path: "", root: "", title: config.title, description: config.description)
        context["isHome"] = true
        if !config.audience.isEmpty { context["audience"] = config.audience }
        if !config.completion.isEmpty { context["completion"] = config.completion }
        let total = course.modules.reduce(0) { $0 + $1.duration }
        if total > 0 { context["duration"] = Minutes.text(total) }
        context["modules"] = course.modules.enumerated().map { offset, module in
            var item = link(to: module.index, from: "")
            item["number"] = offset + 1
            if module.duration > 0 { item["duration"] = Minutes.text(module.duration) }
            item["pages"] = module.pages.map { link(to: $0, from: "") }
            return item
        }
        if !course.pages.isEmpty {
            context["extras"] = course.pages.map { link(to: $0, from: "") }
        }
        return context
    }

    /// The 404 page is served at any depth, so its links start from the site's own path.
    func notFoundContext() -> [String: Any] {
        let root = Self.path(ofURL: course.config.baseURL)
        var context = common(path: "404.html", root: root, title: "Page not found", description: nil)
        context["modules"] = course.modules.map { module in
            ["title": module.title, "href": root + layout.path(of: module.index) + "index.html"]
        }
        return context
    }

    /// `https://example.org/course/` → `/course/`.
    static func path(ofURL url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "/" }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
