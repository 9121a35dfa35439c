/// The plain text of a page between two headings, for the search index.
public struct TextSection: Sendable, Equatable {
    /// The heading's anchor; empty for the text before the first heading.
    public var id: String
    public var heading: String
    public var text: String

    public init(id: String, heading: String, text: String) {
        self.id = id
        self.heading = heading
        self.text = text
    }
}
