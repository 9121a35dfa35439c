/// What every page's layout reads that depends only on how deep the page is: the course's
/// name, the way back to the site root and the site's own links and assets from there.
struct SiteValues: TemplateValues {
    struct Course: TemplateValues {
        var title: String
        var description: String
        var language: String
        /// `ltr`, or `rtl` for Arabic, Hebrew, …: the page's `dir`.
        var direction: String
        /// Names the course in the trainee's browser storage.
        var id: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": return title
            case "description": return description
            case "language": return language
            case "direction": return direction
            case "id": return id
            default: return nil
            }
        }
    }

    var site: Course
    /// `../../`, the way back to the site root.
    var root: String
    var homeHref: String
    var searchHref: String
    var completionHref: String
    /// Links to the pages kinds add, by the name the templates know them by (`phrasebookHref`).
    var gatheringHrefs: [String: String]
    /// Each asset's published path from here, by its name in templates (`searchIndex`).
    var assets: [String: String]
    /// The reporter scripts of an exported package, in order; none in a plain build.
    var reporters: [String]
    var logo: String?

    func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "root": return root
        case "homeHref": return homeHref
        case "searchHref": return searchHref
        case "completionHref": return completionHref
        case "assets": return assets
        case "reporters": return reporters
        case "logo": return logo
        default: return gatheringHrefs[name]
        }
    }
}

/// A link in a breadcrumb or a list: a title and where it goes.
struct TitledLink: TemplateValues {
    var title: String
    var href: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "href": return href
        default: return nil
        }
    }
}
