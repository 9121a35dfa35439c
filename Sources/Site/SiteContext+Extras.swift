import Course

/// The pages parley adds to every course: search, the combined phrasebook and the
/// completion page with its certificate.
extension SiteContext {
    func searchContext() -> [String: Any] {
        var context = common(path: "search/", root: "../", title: "Search", description: "Search the whole course.")
        context["kind"] = "Search"
        context["kindClass"] = "search"
        context["body"] = "<div class=\"search-page\" data-search-page><p>Search needs JavaScript. Without it, use the course home page to find your way.</p></div>"
        context["isSearch"] = true
        return context
    }

    func phrasebookContext(body: String) -> [String: Any]? {
        guard hasPhraseBanks else { return nil }
        var context = common(path: "phrasebook/", root: "../", title: "Phrasebook",
                             description: "Every phrase of the course in one place, to use and to print as a desk job aid.")
        context["kind"] = "Job aid"
        context["kindClass"] = "phrasebank"
        context["summary"] = "Every phrase of the course in one place. Print it as a desk job aid."
        context["body"] = body
        context["hasFilter"] = true
        return context
    }

    func completionContext() -> [String: Any] {
        var context = common(path: "completion/", root: "../", title: "Your progress",
                             description: "Your progress through the course and your certificate.")
        let lessons = entries.filter { $0.page.kind == .lesson }.map { entry in
            ["title": entry.page.title, "href": "../" + entry.page.path + "index.html", "id": entry.page.path]
        }
        let quizzes = entries.flatMap { entry in
            entry.page.kind == .quiz && entry.page.isGraded
                ? entry.page.quizzes.filter { !$0.isInline }.map { quiz in
                    ["title": entry.page.title, "href": "../" + entry.page.path + "index.html", "id": quiz.id]
                }
                : []
        }
        context["lessons"] = lessons
        context["quizzes"] = quizzes
        context["hasQuizzes"] = !quizzes.isEmpty
        context["lessonCount"] = lessons.count
        context["passMark"] = course.config.passMark
        return context
    }
}
