/// The lessons and graded quizzes of a course as a small script loaded on every page, so
/// a page other than the completion page (the LMS bridge, scorm.js) can tell how far the
/// trainee has got.
enum CourseOutline {
    static func script(_ entries: [SiteContext.Entry]) -> String {
        let lessons = entries.filter { $0.page.kind == .lesson }.map { JSON.string($0.page.path) }
        let quizzes = entries.filter { $0.page.kind == .quiz && $0.page.isGraded }
            .flatMap { $0.page.quizzes.filter { !$0.isInline }.map { JSON.string($0.id) } }
        return "window.parleyCourse = " + JSON.object([("lessons", JSON.array(lessons)), ("quizzes", JSON.array(quizzes))]) + ";\n"
    }
}
