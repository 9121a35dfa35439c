import Course

/// What a kind is given to show one of its pages: where the page is published, the theme,
/// the course's settings, and the filling of the page's HTML fragments (each link pointed
/// at its published place from this page).
public struct PageRendering {
    /// The page being shown; nil for a kind's gathering page.
    public let page: Page?
    /// Where it is published, e.g. `why/calm/`.
    public let path: String
    public let config: CourseConfig
    let theme: Theme
    let layout: SiteLayout

    /// A fragment of the page's HTML with its links pointed from this page and its
    /// knowledge checks filled in by `check`.
    public func html(_ fragment: HTMLFragment, check: (Int) -> String = { _ in "" }) -> String {
        let links = page?.links ?? []
        return fragment.filled(link: { number in
            guard links.indices.contains(number) else { return "" }
            return layout.href(for: links[number], from: path) ?? ""
        }, check: check, text: { HTML.escape(strings.text($0.key, or: $0.english)) })
    }

    /// The interface strings in the course's language.
    public var strings: Strings { theme.strings }

    /// A template of the theme with these values.
    public func render(_ template: String, _ values: some TemplateValues) -> String {
        theme.render(template, values)
    }

    /// Where another page of the course is published, relative to this one, as a link
    /// that also works opened from disk (`../calm/index.html`).
    public func link(to other: Page) -> String {
        SitePath.relative(from: path, to: layout.path(of: other))
    }
}
