import Course

/// The pages parley adds to every course: search, the completion page with its
/// certificate, and the pages kinds add to gather theirs (the phrasebook).
extension SiteContext {
    func searchContext() -> SitePageValues {
        let strings = theme.strings
        return SitePageValues(common: common(path: "search/", root: "../", title: strings.text("search.title"), description: strings.text("search.description")),
                       kind: strings.text("search.kind"), kindClass: "search", summary: nil,
                       body: "<div class=\"search-page\" data-search-page><p>\(HTML.escape(strings.text("search.needs_script")))</p></div>",
                       hasFilter: false, isSearch: true)
    }

    func gatheringContext(_ gathering: GatheringPage, _ gathered: GatheredPage) -> SitePageValues {
        SitePageValues(common: common(path: gathering.path, root: SitePath.root(from: gathering.path), title: gathered.title,
                                      description: gathered.description),
                       kind: gathered.label, kindClass: gathered.kindClass, summary: gathered.summary, body: gathered.body,
                       hasFilter: gathered.hasFilter, isSearch: false,
                       contentsItems: gathered.contents.isEmpty ? nil : Self.tocItems(gathered.contents))
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

    func completionContext() -> CompletionValues {
        let (lessons, quizzes) = completionItems
        func item(_ entry: Entry) -> CompletionValues.Item {
            .init(title: entry.page.title, href: "../" + entry.path + "index.html", id: entry.path)
        }
        // The lessons under their modules, in reading order; lessons at the top level of the
        // course come last, in a group without a module.
        var groups: [CompletionValues.Group] = []
        for entry in lessons {
            let folder = entry.module?.folder
            if let last = groups.last, last.folder == folder {
                groups[groups.count - 1].lessons.append(item(entry))
            } else {
                groups.append(.init(folder: folder, title: entry.module?.title,
                                    href: entry.module.map { "../" + layout.path(of: $0.index) + "index.html" },
                                    lessons: [item(entry)]))
            }
        }
        return CompletionValues(
            common: common(path: "completion/", root: "../", title: theme.strings.text("progress.title"),
                           description: theme.strings.text("progress.description")),
            lessons: lessons.map(item),
            modules: groups,
            quizzes: quizzes.map { .init(title: $0.entry.page.title, href: "../" + $0.entry.path + "index.html", id: $0.id) },
            passMark: theme.strings.percent(course.config.passMark))
    }
}
