import Course

/// What other pages show of a page: its place and kind, and what navigation, lists and
/// previous/next links print. When a save leaves this unchanged, the saved page is the
/// only one whose HTML changes.
struct PageOutline: Equatable {
    var kind: PageKind
    var title: String
    var summary: String?
    var duration: Int?
    var order: Int?
    var isDraft: Bool
    var passMark: Int?
    var isGraded: Bool
    var quizIDs: [String]

    init(_ page: Page) {
        kind = page.kind
        title = page.title
        summary = page.summary
        duration = page.duration
        order = page.order
        isDraft = page.isDraft
        passMark = page.passMark
        isGraded = page.isGraded
        quizIDs = page.quizzes.map(\.id)
    }
}
