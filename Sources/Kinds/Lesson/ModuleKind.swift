import Course
import Site

/// A module's `index.md`: its title and introduction, shown above the module's pages. A
/// module folder without one still gets this page, titled after the folder.
public enum ModuleKind: SiteKind {
    public static let name = "module"
    public static let label = "Module"
    public static let templates = ["module", "quiz"]
    public static let template = "module"
    public static let givesHeadingsIDs = true

    public static func read(_ page: inout PageReading) -> LessonContent {
        LessonContent.read(&page)
    }

    public static func body(of content: LessonContent, on page: PageRendering) -> String {
        content.html(on: page)
    }
}
