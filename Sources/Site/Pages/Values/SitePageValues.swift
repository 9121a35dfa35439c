/// What the home page's template reads.
struct HomeValues: TemplateValues {
    var common: CommonValues
    var audience: String?
    var completion: String?
    var duration: String?
    var modules: [ModuleLink]
    /// Pages at the top level (an FAQ).
    var extras: [PageLink]
    /// Where "Start" goes: the first lesson (else the first page) in reading order; nil
    /// (false in templates) in a course without pages.
    var startHref: String?

    func child(named name: String) -> Any? {
        switch name {
        case "isHome": return true
        case "startHref": return startHref.orFalse
        case "audience": return audience
        case "completion": return completion
        case "duration": return duration
        case "modules": return modules
        case "extras": return extras.isEmpty ? nil : extras
        default: return common.child(named: name)
        }
    }
}

/// What the 404 page's template reads: every module to go to instead.
struct NotFoundValues: TemplateValues {
    var common: CommonValues
    var modules: [TitledLink]

    func child(named name: String) -> Any? {
        name == "modules" ? modules : common.child(named: name)
    }
}

/// A page the site makes itself and lays out with the `page` template (search, a kind's
/// gathering page such as the phrasebook).
struct SitePageValues: TemplateValues {
    var common: CommonValues
    var kind: String
    var kindClass: String
    var summary: String?
    var body: String
    var hasFilter: Bool
    var isSearch: Bool
    /// The contents' `<li>` items (a gathering page's list of what it gathers), as a
    /// lesson's `tocItems`; nil for none.
    var contentsItems: String? = nil

    func child(named name: String) -> Any? {
        switch name {
        case "tocItems": return contentsItems
        case "hasToc": return contentsItems == nil ? nil : true
        case "kind": return kind
        case "kindClass": return kindClass
        case "summary": return summary
        case "body": return body
        case "hasFilter": return hasFilter ? true : nil
        case "isSearch": return isSearch ? true : nil
        default: return common.child(named: name)
        }
    }
}

/// What the progress page's template reads: the lessons to mark as done, also grouped by
/// module, and the quizzes to pass.
struct CompletionValues: TemplateValues {
    struct Item: TemplateValues {
        var title: String
        var href: String
        /// A lesson's folder or a quiz's id: where the trainee's progress is kept.
        var id: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": return title
            case "href": return href
            case "id": return id
            default: return nil
            }
        }
    }

    /// A module's lessons, in reading order.
    struct Group: TemplateValues {
        /// The module's folder; nil for the lessons at the top level of the course.
        var folder: String?
        /// The module's title and its page; nil (false in templates) for the top level.
        var title: String?
        var href: String?
        var lessons: [Item]

        func child(named name: String) -> Any? {
            switch name {
            case "title": return title.orFalse
            case "href": return href.orFalse
            case "lessons": return lessons
            case "lessonCount": return lessons.count
            default: return nil
            }
        }
    }

    var common: CommonValues
    var lessons: [Item]
    /// The same lessons under their modules.
    var modules: [Group]
    var quizzes: [Item]
    /// As the language writes a percentage: `80%`, `80 %`.
    var passMark: String

    func child(named name: String) -> Any? {
        switch name {
        case "lessons": return lessons
        case "modules": return modules
        case "quizzes": return quizzes
        case "hasQuizzes": return !quizzes.isEmpty
        case "lessonCount": return lessons.count
        case "passMark": return passMark
        default: return common.child(named: name)
        }
    }
}

/// What a module's sidebar reads.
struct SidebarValues: TemplateValues {
    var module: ModuleLink
    var homeHref: String

    func child(named name: String) -> Any? {
        switch name {
        case "module": return module
        case "homeHref": return homeHref
        default: return nil
        }
    }
}
