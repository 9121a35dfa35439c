/// The parts of the layout that depend only on how deep a page is: the head's links, the
/// site header and the footer. `base` places them as `{{{headLinks}}}`, `{{{siteHeader}}}`
/// and `{{{siteFooter}}}`; rendering them once per depth instead of once per page spares
/// a few dozen template lookups on every page.
struct Chrome: Sendable {
    let headLinks: String
    let siteHeader: String
    let siteFooter: String

    init(values: SiteValues, theme: Theme) {
        headLinks = Self.part("head-links", values, theme)
        siteHeader = Self.part("site-header", values, theme)
        siteFooter = Self.part("site-footer", values, theme)
    }

    /// Without its last line break: the layout puts each part on a line of its own.
    private static func part(_ template: String, _ values: SiteValues, _ theme: Theme) -> String {
        var html = theme.render(template, values)
        if html.hasSuffix("\n") { html.removeLast() }
        return html
    }
}
