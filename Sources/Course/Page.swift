import CommonMark

/// One Markdown file of the course, read and checked, with its Markdown tree.
public struct Page: Sendable {
    public var kind: PageKind
    /// Path relative to the content folder, e.g. `01-why/02-staying-calm.md`.
    public var sourcePath: String
    /// Path as diagnostics print it, e.g. `content/01-why/02-staying-calm.md`.
    public var displayPath: String
    /// Output folder relative to the site root, e.g. `why/staying-calm/` (`""` is the home).
    public var path: String
    public var title: String
    public var summary: String?
    public var objectives: [String] = []
    /// Estimated minutes.
    public var duration: Int?
    public var order: Int?
    public var isDraft = false
    /// Quiz settings; nil means "as the course says".
    public var passMark: Int?
    public var isShuffled = true
    public var isGraded = true
    public var document: Document
    public var headings: [Heading] = []
    public var links: [LinkReference] = []
    /// The phrases of a phrase bank page.
    public var phraseBank: PhraseBank?
    /// The questions of an FAQ page.
    public var faq: FAQ?
    /// Added to the Markdown tree's line numbers to get lines of the file.
    public var lineOffset = 0
    /// Text between headings, for search.
    public var sections: [TextSection] = []
    /// The quiz of a quiz page, or the knowledge checks of a lesson, in order.
    public var quizzes: [Quiz] = []
    /// The moments of a scenario page.
    public var scenario: Scenario?

    public init(kind: PageKind, sourcePath: String, displayPath: String, path: String, title: String, document: Document) {
        self.kind = kind
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.path = path
        self.title = title
        self.document = document
    }

    /// Ids of every heading (and every moment of a scenario), for checking `#anchor` links.
    public var anchors: Set<String> { Set(headings.map(\.id) + (scenario?.moments.map(\.id) ?? [])) }
}
