import Course

/// The pages parley adds to every course: search, the completion page with its
/// certificate, and the pages kinds add to gather theirs (the phrasebook).
extension SiteContext {
    func searchContext() -> [String: Any] {
        var context = common(path: "search/", root: "../", title: "Search", description: "Search the whole course.")
        context["kind"] = "Search"
        context["kindClass"] = "search"
        context["body"] = "<div class=\"search-page\" data-search-page><p>Search needs JavaScript. Without it, use the course home page to find your way.</p></div>"
        context["isSearch"] = true
        return context
    }

    func gatheringContext(_ gathering: GatheringPage, _ gathered: GatheredPage) -> [String: Any] {
        var context = common(path: gathering.path, root: SitePath.root(from: gathering.path), title: gathered.title,
                             description: gathered.description)
        context["kind"] = gathered.label
        context["kindClass"] = gathered.kindClass
        context["summary"] = gathered.summary
        context["body"] = gathered.body
        context["hasFilter"] = gathered.hasFilter
        return context
    }

    /// The lessons a trainee marks as done, and the quizzes that count, in reading order.
    var completionItems: (lessons: [Entry], quizzes: [(entry: Entry, id: String)]) {
        let lessons = entries.filter { $0.kind.isLesson }
        let quizzes = entries.flatMap { entry in Self.gradedQuizIDs(of: entry).map { (entry, $0) } }
        return (lessons, quizzes)
    }

    private static func gradedQuizIDs(of entry: Entry) -> [String] {
        func ids<Kind: SiteKind>(_ kind: Kind.Type) -> [String] {
            guard let content = entry.page.content(as: kind) else { return [] }
            return Kind.gradedQuizIDs(of: content, page: entry.page)
        }
        return ids(entry.kind)
    }

    func completionContext() -> [String: Any] {
        var context = common(path: "completion/", root: "../", title: "Your progress",
                             description: "Your progress through the course and your certificate.")
        let (lessonEntries, quizEntries) = completionItems
        let lessons = lessonEntries.map { entry in
            ["title": entry.page.title, "href": "../" + entry.path + "index.html", "id": entry.path]
        }
        let quizzes = quizEntries.map { item in
            ["title": item.entry.page.title, "href": "../" + item.entry.path + "index.html", "id": item.id]
        }
        context["lessons"] = lessons
        context["quizzes"] = quizzes
        context["hasQuizzes"] = !quizzes.isEmpty
        context["lessonCount"] = lessons.count
        context["passMark"] = course.config.passMark
        return context
    }
}
