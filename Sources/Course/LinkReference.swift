import CommonMark

/// A link or image in a page body, resolved against the content folder.
public struct LinkReference: Sendable {
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

    public var node: Node
    public var target: Target
    public var line: Int
    public var column: Int
}
