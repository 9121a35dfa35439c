import Course

/// The template contexts of the home page, module and lesson pages and the 404 page.
extension SiteContext {
    func pageContext(_ entry: Entry, body: String) -> PageValues {
        let page = entry.page
        let path = entry.path
        let root = SitePath.root(from: path)
        var common = common(path: path, root: root, title: page.title, description: page.summary)
        if let module = entry.module, page.sourcePath != module.index.sourcePath {
            common.breadcrumb.append(TitledLink(title: module.title, href: SitePath.relative(from: path, to: layout.path(of: module.index))))
        }
        let headings = page.headings.filter { $0.level == 2 || $0.level == 3 }
        let hasContents = headings.count >= 2 && entry.kind.hasContents
        var values = PageValues(
            common: common, body: body, kind: label(of: entry.kind), kindClass: page.kind, isLesson: entry.kind.isLesson,
            hasFilter: entry.kind.hasFilter, summary: page.summary, duration: page.duration.map(theme.strings.minutes),
            objectives: page.objectives,
            contents: hasContents ? headings.map { PageValues.Heading(text: $0.text, id: $0.id, isSub: $0.level == 3) } : [],
            contentsItems: hasContents ? Self.tocItems(headings) : nil,
            previous: entry.previous.map { link(to: $0, from: path) }, next: entry.next.map { link(to: $0, from: path) })
        if let module = entry.module {
            let isModulePage = page.sourcePath == module.index.sourcePath
            values.sidebar = sidebars[Self.sidebarKey(module, isIndex: isModulePage)]?.marking(path) ?? ""
            if isModulePage { values.module = moduleLink(module, from: path) }
        }
        return values
    }

    /// The table of contents' `<li>` items, made here rather than by a `{{#toc}}` loop:
    /// a template loop costs a few dozen lookups per page, the contents as much as the rest
    /// of the page template. `toc` is still there for a theme that wants other markup.
    /// A `###` heading is listed in its own list inside the item of the `##` before it, so
    /// each level is numbered on its own.
    static func tocItems(_ headings: [Heading]) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(headings.count * 80)
        var isItemOpen = false, isSubListOpen = false
        for heading in headings {
            let isSub = heading.level == 3 && isItemOpen
            if isSub, !isSubListOpen {
                html += "<ol class=\"toc-sub\">".utf8
                isSubListOpen = true
            } else if !isSub {
                if isSubListOpen { html += "</ol>".utf8 }
                if isItemOpen { html += "</li>".utf8 }
                isSubListOpen = false
            }
            html += "<li><a href=\"#".utf8
            html += HTML.escape(heading.id).utf8
            html += "\">".utf8
            html += HTML.escape(heading.text).utf8
            html += "</a>".utf8
            if isSub { html += "</li>".utf8 } else { isItemOpen = true }
        }
        if isSubListOpen { html += "</ol>".utf8 }
        if isItemOpen { html += "</li>".utf8 }
        return String(decoding: html, as: UTF8.self)
    }

    /// The module's pages as links from `path`, for the sidebar and the module page.
    /// `markingCurrent` gives each link the mark a sidebar rendered once fills per page.
    func moduleLink(_ module: Module, from path: String, markingCurrent: Bool = false) -> ModuleLink {
        func linked(_ page: Page) -> PageLink {
            var values = link(to: page, from: path)
            if markingCurrent { values.current = Sidebar.mark(layout.path(of: page)) }
            return values
        }
        return ModuleLink(link: linked(module.index), pages: module.pages.map(linked),
                          duration: module.duration > 0 ? theme.strings.minutes(module.duration) : nil)
    }

    /// The sidebar is the same for every page of a module at the same depth, so it is
    /// rendered once per module and depth; only the current page's link is marked.
    static func sidebarKey(_ module: Module, isIndex: Bool) -> String {
        module.folder + (isIndex ? "#index" : "#page")
    }

    func homeContext() -> HomeValues {
        let config = course.config
        let total = course.modules.reduce(0) { $0 + $1.duration }
        let modules = course.modules.enumerated().map { offset, module in
            ModuleLink(link: link(to: module.index, from: ""), pages: module.pages.map { link(to: $0, from: "") },
                       duration: module.duration > 0 ? theme.strings.minutes(module.duration) : nil, number: offset + 1)
        }
        return HomeValues(common: common(path: "", root: "", title: config.title, description: config.description),
                          audience: config.audience.isEmpty ? nil : config.audience,
                          completion: config.completion.isEmpty ? nil : config.completion,
                          duration: total > 0 ? theme.strings.minutes(total) : nil, modules: modules,
                          extras: course.pages.map { link(to: $0, from: "") },
                          startHref: (entries.first { $0.kind.isLesson } ?? entries.first).map { $0.path + "index.html" })
    }

    /// A host serves the 404 page at any depth, so with a base URL its links start from
    /// that URL's path. Without one they are relative to the site's top folder, where
    /// 404.html lies: right when opened from disk or at the top of a sub-path, the host's
    /// root being unknown.
    var notFoundRoot: String {
        course.config.baseURL.map(Self.path(ofURL:)) ?? ""
    }

    func notFoundContext() -> NotFoundValues {
        let root = notFoundRoot
        return NotFoundValues(common: common(path: "404.html", root: root, title: theme.strings.text("not_found.title"), description: nil),
                              modules: course.modules.map { TitledLink(title: $0.title, href: root + layout.path(of: $0.index) + "index.html") })
    }

    /// `https://example.org/course/` → `/course/`.
    static func path(ofURL url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "/" }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
