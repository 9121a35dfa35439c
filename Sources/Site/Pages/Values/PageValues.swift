/// What the `page` and `module` templates read for a page of the course.
struct PageValues: TemplateValues {
    var common: CommonValues
    var body: String
    /// The word for the page's kind ("Lesson").
    var kind: String
    var kindClass: String
    var isLesson: Bool
    var hasFilter: Bool
    var summary: String?
    var duration: String?
    var objectives: [String]
    /// The table of contents: the `##` and `###` headings, when there are two or more.
    var contents: [Heading]
    var contentsItems: String?
    var previous: PageLink?
    var next: PageLink?
    var sidebar: String?
    /// A module's own page lists the module's pages.
    var module: ModuleLink?

    struct Heading: TemplateValues {
        var text: String
        var id: String
        var isSub: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "text": return text
            case "id": return id
            case "isSub": return isSub
            default: return nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "body": return body
        case "kind": return kind
        case "kindClass": return kindClass
        case "isLesson": return isLesson
        case "hasFilter": return hasFilter
        case "summary": return summary
        case "duration": return duration
        case "objectives": return objectives.isEmpty ? nil : objectives
        case "hasObjectives": return objectives.isEmpty ? nil : true
        case "toc": return contents.isEmpty ? nil : contents
        case "tocItems": return contentsItems
        case "hasToc": return contents.isEmpty ? nil : true
        case "previous": return previous
        case "next": return next
        case "sidebar": return sidebar
        case "module": return module
        default: return common.child(named: name)
        }
    }
}
