/// One Markdown file of the course, read and checked: what every page has, and what its
/// kind is made of (`content`). Values only; the Markdown tree is gone.
public struct Page: Sendable {
    /// The name of its kind (`lesson`, `quiz`, …, `module` for a module's index.md).
    public var kind: String
    public var content: any PageContent
    /// Path relative to the content folder, e.g. `01-why/02-staying-calm.md`.
    public var sourcePath: String
    /// Path as diagnostics print it, e.g. `content/01-why/02-staying-calm.md`.
    public var displayPath: String
    /// The name the page is known by in URLs and progress keys: `staying-calm` (order
    /// prefix and `.md` dropped); empty for a module's own page.
    public var slug: String
    /// `why/staying-calm`: names the page's quizzes unless front matter gives an `id:`.
    public var identifier: String
    public var title: String
    public var summary: String?
    public var objectives: [String] = []
    /// Estimated minutes.
    public var duration: Int?
    public var order: Int?
    public var isDraft = false
    public var headings: [Heading] = []
    public var links: [LinkReference] = []
    /// Text between headings, for search and the phrase linter.
    public var sections: [TextSection] = []

    public init(kind: String, content: any PageContent, sourcePath: String, displayPath: String, slug: String,
                identifier: String, title: String) {
        self.kind = kind
        self.content = content
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.slug = slug
        self.identifier = identifier
        self.title = title
    }

    /// Ids of every heading and of what else the kind makes a link target.
    public var anchors: Set<String> { Set(headings.map(\.id) + content.anchors) }

    /// The page's content as `Kind`'s, when it is one.
    public func content<Kind: ContentKind>(as kind: Kind.Type) -> Kind.Content? {
        self.kind == Kind.name ? content as? Kind.Content : nil
    }
}
