/// Checks that need the whole course: links between pages and to anchors, progress ids
/// that clash, phrases the banks say to avoid. A pure function of the values the load
/// stage made: it reads no file. (Where pages are published is the site's to check.)
public struct Validator: Sendable {
    /// A check a kind adds that needs the whole course (the item linter of quizzes).
    public typealias Check = @Sendable (Course) -> [Diagnostic]

    let checks: [Check]

    /// `checks` are the kinds' own (`ContentKinds.checks`).
    public init(checks: [Check] = []) {
        self.checks = checks
    }

    public func validate(_ course: Course) -> [Diagnostic] {
        let pages = course.allPages
        var bySource: [String: Page] = [:]
        for page in pages { bySource[page.sourcePath] = page }
        let files = Set(course.files.map(\.path))
        var diagnostics = duplicateProgressIDs(pages)
        if let logo = course.config.logo, !files.contains(logo) {
            diagnostics.append(.error(course.displayRoot + "/course.yaml", line: course.config.lines["logo"] ?? 0, column: 1,
                                      "logo '\(logo)' not found",
                                      hint: "put the image in \(course.displayRoot)/ and give its path from there, e.g. `logo: logo.svg`"))
        }
        for check in checks { diagnostics += check(course) }
        let linter = PhraseLinter(pages: pages)
        diagnostics += pages.parallelMap { linter.lint($0) }.flatMap { $0 }
        // Each page's anchors once: asked for every link, they cost a lesson with many
        // headings and links time growing with the square of its length.
        let anchors = Dictionary(pages.map { ($0.sourcePath, $0.anchors) }, uniquingKeysWith: { first, _ in first })
        for page in pages {
            var suggestionsLeft = Self.suggestionsPerPage
            for link in page.links {
                if let problem = check(link, in: page, pages: bySource, anchors: anchors, files: files, suggests: suggestionsLeft > 0) {
                    diagnostics.append(problem)
                    suggestionsLeft -= 1
                }
            }
        }
        return diagnostics
    }

    private func check(_ link: LinkReference, in page: Page, pages: [String: Page], anchors: [String: Set<String>],
                       files: Set<String>, suggests: Bool) -> Diagnostic? {
        let file = page.displayPath
        switch link.target {
        case .external:
            return nil
        case .anchor(let anchor):
            let own = anchors[page.sourcePath] ?? []
            guard !own.contains(anchor) else { return nil }
            return .error(file, line: link.line, column: link.column, "no heading with the anchor '#\(anchor)' on this page",
                          hint: suggests ? Self.suggestion(for: anchor, among: own) : Self.noSuggestion)
        case .page(let path, let anchor):
            guard pages[path] != nil else {
                let folder = path.split(separator: "/").dropLast().joined(separator: "/")
                let siblings = pages.keys.filter { $0.split(separator: "/").dropLast().joined(separator: "/") == folder }
                return .error(file, line: link.line, column: link.column, "link to a missing page '\(path)'",
                              hint: suggests ? Self.suggestion(for: path, among: Set(siblings)) : Self.noSuggestion)
            }
            let targetAnchors = anchors[path] ?? []
            guard let anchor, !anchor.isEmpty, !targetAnchors.contains(anchor) else { return nil }
            return .error(file, line: link.line, column: link.column, "'\(path)' has no heading with the anchor '#\(anchor)'",
                          hint: suggests ? Self.suggestion(for: anchor, among: targetAnchors) : Self.noSuggestion)
        case .file(let path):
            guard !files.contains(path) else { return nil }
            let isFolder = pages[path + "/index.md"] != nil
            return .error(file, line: link.line, column: link.column, "link to a missing file '\(path)'",
                          hint: isFolder ? "to link to the module '\(path)', end the link with a slash: `\(path.split(separator: "/").last ?? "")/`"
                                         : "put the file in the content folder beside the lesson, or fix the path")
        }
    }

    /// Progress is stored under a quiz's id, so two quizzes must never share one.
    private func duplicateProgressIDs(_ pages: [Page]) -> [Diagnostic] {
        var first: [String: Page] = [:]
        var diagnostics: [Diagnostic] = []
        for page in pages {
            for (id, line) in page.content.progressIDs {
                if let earlier = first[id] {
                    diagnostics.append(.error(page.displayPath, line: line, column: 1,
                                              "two quizzes have the id '\(id)': this one and the one in \(earlier.displayPath)",
                                              hint: "give one of them another `id:` in its front matter"))
                } else {
                    first[id] = page
                }
            }
        }
        return diagnostics
    }

    /// A near name is found by comparing with every candidate, so one page with thousands of
    /// broken links took minutes to check; past this many on a page, hints stop suggesting.
    public static let suggestionsPerPage = 50

    /// The hint once a page has had `suggestionsPerPage` suggestions.
    public static let noSuggestion = "check the name against the headings or files it should lead to"

    /// "did you mean …?" for a near name, else the names there are, closest first.
    public static func suggestion(for wanted: String, among candidates: Set<String>) -> String {
        if candidates.isEmpty { return "the target has no headings to link to" }
        let ranked = candidates.map { ($0.editDistance(to: wanted, limit: 64), $0) }.sorted { $0 < $1 }.map(\.1)
        if let near = ranked.first, near.isNear(wanted) {
            return "did you mean '\(near)'?"
        }
        let some = ranked.prefix(6).joined(separator: ", ")
        return "available, closest first: \(some)\(candidates.count > 6 ? ", …" : "")"
    }
}
