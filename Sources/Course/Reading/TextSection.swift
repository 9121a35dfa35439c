/// The plain text of a page between two headings: what search finds the page by, and what
/// the phrase linter reads.
public struct TextSection: Sendable, Equatable {
    /// The heading's anchor; empty for the text before the first heading.
    public var id: String
    public var heading: String
    /// The section's paragraphs (and list items, callouts, minor headings), one after the
    /// other with a space between them.
    public var text: String
    /// Where in `text` each paragraph the author wrote in their own voice lies, for the
    /// phrase linter (kinds whose text it reads; never a `[!AVOID]` callout's examples).
    public var prose: [Paragraph] = []

    public init(id: String, heading: String, text: String) {
        self.id = id
        self.heading = heading
        self.text = text
    }

    /// A paragraph of the section's text: its UTF-8 range and the line it starts on.
    public struct Paragraph: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var line: Int
    }

    /// The text of each paragraph of prose, with its line.
    public var proseParagraphs: [(line: Int, text: Substring)] {
        let utf8 = text.utf8
        return prose.map { paragraph in
            let start = utf8.index(utf8.startIndex, offsetBy: paragraph.start)
            let end = utf8.index(utf8.startIndex, offsetBy: paragraph.end)
            return (paragraph.line, text[start..<end])
        }
    }
}
