import Course
import Kinds
import Site

/// What other pages show of a page: its place and kind, and what navigation, lists,
/// previous/next links and the progress page print. When a save leaves this unchanged,
/// the saved page is the only one whose HTML changes.
struct PageOutline: Equatable {
    var kind: String
    var title: String
    var summary: String?
    var duration: Int?
    var order: Int?
    var isDraft: Bool
    var progressIDs: [String]
    var gradedQuizIDs: [String]

    init(_ page: Page) {
        kind = page.kind
        title = page.title
        summary = page.summary
        duration = page.duration
        order = page.order
        isDraft = page.isDraft
        progressIDs = page.content.progressIDs.map(\.id)
        gradedQuizIDs = Kinds.all.named(page.kind).map { Self.gradedQuizIDs(of: page, kind: $0) } ?? []
    }

    private static func gradedQuizIDs<Kind: SiteKind>(of page: Page, kind: Kind.Type) -> [String] {
        page.content(as: kind).map { Kind.gradedQuizIDs(of: $0, page: page) } ?? []
    }
}
