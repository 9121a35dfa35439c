import Course
import Site

/// A lesson: a file without `type:`. Its headings get ids and a table of contents, its
/// ```` ```quiz ```` blocks become knowledge checks, and trainees mark it as done.
public enum LessonKind: SiteKind {
    public static let name = "lesson"
    public static let label = "Lesson"
    public static let templates = ["page", "quiz"]
    public static let givesHeadingsIDs = true
    public static let isProse = true
    public static let isLesson = true
    /// `lint: false`: the page's objectives are assessed outside the quizzes (by observation
    /// in role-play, say), so the item linter does not ask for questions that test them.
    public static let fields = ["lint"]

    public static func read(_ page: inout PageReading) -> LessonContent {
        LessonContent.read(&page)
    }

    public static func body(of content: LessonContent, on page: PageRendering) -> String {
        content.html(on: page)
    }
}
