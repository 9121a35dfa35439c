/// What every page's layout (`base`) reads: the site's values at the page's depth, the
/// page's title, description and place, and the parts rendered once per depth.
struct CommonValues: TemplateValues {
    var site: SiteValues
    var title: String
    var description: String
    /// Nil without a base URL: no canonical link then.
    var canonical: String?
    /// The page's folder, e.g. `why/calm/`: names it in the trainee's progress.
    var pageID: String
    var breadcrumb: [TitledLink]
    var chrome: Chrome

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "canonical": return canonical
        case "pageID": return pageID
        case "breadcrumb": return breadcrumb
        case "headLinks": return chrome.headLinks
        case "siteHeader": return chrome.siteHeader
        case "siteFooter": return chrome.siteFooter
        default: return site.child(named: name)
        }
    }
}
