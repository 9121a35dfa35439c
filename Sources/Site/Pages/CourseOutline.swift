/// The lessons and graded quizzes of a course as a small script loaded on every page, so
/// a page other than the completion page (the LMS bridge, scorm.js; the home page's
/// Start/Continue link) can tell how far the trainee has got and where to go next.
enum CourseOutline {
    static func script(_ site: SiteContext) -> String {
        let (lessons, quizzes) = site.completionItems
        return "window.parleyCourse = " + JSON.object([
            ("lessons", JSON.array(lessons.map { JSON.string($0.path) })),
            ("quizzes", JSON.array(quizzes.map { JSON.string($0.id) })),
            // The page of each graded quiz, in the order of `quizzes`.
            ("quizPages", JSON.array(quizzes.map { JSON.string($0.entry.path) })),
        ]) + ";\n"
    }
}
