/// A link to a page of the course, as lists, the pager and the sidebar show it.
struct PageLink: TemplateValues {
    var title: String
    var href: String
    var duration: String?
    var summary: String?
    /// The word for the page's kind ("Quiz").
    var kind: String
    /// The page's folder: names it in the trainee's progress.
    var id: String
    var kindClass: String
    /// In a sidebar rendered once for a module, the mark each page's copy fills with
    /// `aria-current="page"` on its own link.
    var current: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "href": return href
        case "duration": return duration.orFalse
        case "summary": return summary.orFalse
        case "kind": return kind
        case "id": return id
        case "kindClass": return kindClass
        case "current": return current
        default: return nil
        }
    }
}

/// A module as the home page, its own page and its sidebar list it: its page's link and
/// its pages' links.
struct ModuleLink: TemplateValues {
    var link: PageLink
    var pages: [PageLink]
    /// The whole module's minutes, when its pages give any.
    var duration: String?
    /// Its place in the course, from 1, on the home page.
    var number: Int?

    func child(named name: String) -> Any? {
        switch name {
        case "pages": return pages
        case "duration": return duration ?? link.child(named: name)
        case "number": return number
        default: return link.child(named: name)
        }
    }
}
