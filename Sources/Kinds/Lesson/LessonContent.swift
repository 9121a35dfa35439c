import Course
import Site

/// What a lesson or a module's page is made of: its body and its knowledge checks.
public struct LessonContent: PageContent {
    /// The whole body, with a hole where each knowledge check goes.
    public var body: HTMLFragment
    public var checks: [Quiz]
    /// False when the front matter says `lint: false`: no question is expected to test the
    /// page's objectives.
    public var lints = true

    public var progressIDs: [(id: String, line: Int)] { checks.map { ($0.id, $0.line) } }

    static func read(_ page: inout PageReading) -> LessonContent {
        let checks = KnowledgeChecks.read(&page)
        let lints = page.fields.bool("lint") ?? true
        return LessonContent(body: page.wholeFragment(), checks: checks, lints: lints)
    }

    /// The body with every knowledge check rendered in its place.
    func html(on page: PageRendering) -> String {
        page.html(body) { number in
            checks.indices.contains(number) ? QuizValues.html(check: checks[number], on: page) : ""
        }
    }
}
