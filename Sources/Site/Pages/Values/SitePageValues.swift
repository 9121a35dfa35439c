/// What the home page's template reads.
struct HomeValues: TemplateValues {
    var common: CommonValues
    var audience: String?
    var completion: String?
    var duration: String?
    var modules: [ModuleLink]
    /// Pages at the top level (an FAQ).
    var extras: [PageLink]

    func child(named name: String) -> Any? {
        switch name {
        case "isHome": return true
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

    func child(named name: String) -> Any? {
        switch name {
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

/// What the progress page's template reads: the lessons to mark as done and the quizzes
/// to pass.
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

    var common: CommonValues
    var lessons: [Item]
    var quizzes: [Item]
    /// As the language writes a percentage: `80%`, `80 %`.
    var passMark: String

    func child(named name: String) -> Any? {
        switch name {
        case "lessons": return lessons
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
