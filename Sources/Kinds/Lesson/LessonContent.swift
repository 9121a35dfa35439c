import Course
import Site

/// What a lesson or a module's page is made of: its body and its knowledge checks.
public struct LessonContent: PageContent {
    /// The whole body, with a hole where each knowledge check goes.
    public var body: HTMLFragment
    public var checks: [Quiz]

    public var progressIDs: [(id: String, line: Int)] { checks.map { ($0.id, $0.line) } }

    static func read(_ page: inout PageReading) -> LessonContent {
        let checks = KnowledgeChecks.read(&page)
        return LessonContent(body: page.wholeFragment(), checks: checks)
    }

    /// The body with every knowledge check rendered in its place.
    func html(on page: PageRendering) -> String {
        page.html(body) { number in
            checks.indices.contains(number) ? QuizValues.html(check: checks[number], on: page) : ""
        }
    }
}
