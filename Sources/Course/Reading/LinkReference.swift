/// A link or image in a page, resolved against the content folder.
public struct LinkReference: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// Another Markdown file (path relative to content/), maybe with an anchor.
        case page(String, anchor: String?)
        /// An anchor on the same page.
        case anchor(String)
        /// A file beside the lessons (path relative to content/).
        case file(String)
        /// Anything else (`https:`, `mailto:`): left as written.
        case external
    }

    public var target: Target
    public var line: Int
    public var column: Int

    public init(target: Target, line: Int, column: Int) {
        self.target = target
        self.line = line
        self.column = column
    }

    /// Whether the site must say where the link leads from the page's published place.
    public var isPointedBySite: Bool {
        switch target {
        case .page, .file: return true
        case .anchor, .external: return false
        }
    }
}
