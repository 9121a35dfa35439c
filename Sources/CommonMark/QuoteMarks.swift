/// The double quotation marks a language writes: what smart punctuation makes of `"…"`.
public struct QuoteMarks: Sendable, Equatable {
    public var open: String
    public var close: String

    public init(open: String, close: String) {
        self.open = open
        self.close = close
    }

    public static let english = QuoteMarks(open: "“", close: "”")

    /// Stand-ins for the curly quotes an author typed, so they are told from the ones cmark
    /// makes of straight quotes and kept as typed. Private-use characters of the same UTF-8
    /// length as “ and ”, so every column in a message stays right.
    static let typedOpen: Character = "\u{E001}"
    static let typedClose: Character = "\u{E002}"
}

extension Document {
    /// Parses `markdown` as `init(markdown:)` does, with the quotation marks `quotes`
    /// where the author wrote straight ones; curly quotes the author typed stay as they are.
    public init(markdown: String, quotes: QuoteMarks) {
        guard quotes != .english, markdown.contains(where: { $0 == "\"" || $0 == "“" || $0 == "”" }) else {
            self.init(markdown: markdown)
            return
        }
        let protected = String(markdown.map { $0 == "“" ? QuoteMarks.typedOpen : $0 == "”" ? QuoteMarks.typedClose : $0 })
        self.init(markdown: protected)
        for node in descendants(of: root, ofTypes: [.text, .code, .codeBlock, .htmlBlock, .htmlInline]) {
            guard let literal = literal(of: node),
                  literal.contains(where: { $0 == "“" || $0 == "”" || $0 == QuoteMarks.typedOpen || $0 == QuoteMarks.typedClose }) else { continue }
            let isText = type(of: node) == .text
            var result = ""
            for character in literal {
                switch character {
                case "“" where isText: result += quotes.open
                case "”" where isText: result += quotes.close
                case QuoteMarks.typedOpen: result.append("“")
                case QuoteMarks.typedClose: result.append("”")
                default: result.append(character)
                }
            }
            setLiteral(result, of: node)
        }
    }
}
