/// The lessons and graded quizzes of a course as a small script loaded on every page, so
/// a page other than the completion page (the reporter of an exported package, report.js;
/// the home page's Start/Continue link) can tell how far the trainee has got and where to go next.
enum CourseOutline {
    static func script(_ site: SiteContext, reporting: Reporting? = nil) -> String {
        let (lessons, quizzes) = site.completionItems
        var fields = [
            ("lessons", JSON.array(lessons.map { JSON.string($0.path) })),
            ("quizzes", JSON.array(quizzes.map { JSON.string($0.id) })),
            // The page of each graded quiz, in the order of `quizzes`.
            ("quizPages", JSON.array(quizzes.map { JSON.string($0.entry.path) })),
        ]
        if let reporting {
            // What statements name the course by, unless the launch gives another IRI.
            fields.append(("title", JSON.string(site.course.config.title)))
            fields.append(("activity", JSON.string(reporting.activityID(for: site.course.config))))
            // The pages a learning record store hears were viewed: every page of a module
            // but its overview.
            let pages = site.entries.filter { entry in
                guard let module = entry.module else { return false }
                return entry.path != site.layout.path(of: module.index)
            }
            fields.append(("pages", JSON.array(pages.map { JSON.string($0.path) })))
        }
        return "window.parleyCourse = " + JSON.object(fields) + ";\n"
    }
}
