import CommonMark

/// A phrase bank: situations, each with phrases to say and rewrites of phrases to avoid.
public struct PhraseBank: Sendable {
    public struct Section: Sendable {
        public var title: String
        /// The heading's anchor on the bank's page.
        public var id: String
        public var phrases: [Phrase]
    }

    public var sections: [Section]
    /// Blocks before the first situation.
    public var intro: [Node]

    public var phrases: [Phrase] { sections.flatMap(\.phrases) }
}

public struct Phrase: Sendable, Equatable {
    /// What not to say, for a rewrite; nil for a phrase that is simply good to use.
    public var avoid: String?
    public var say: String
    /// Why the rewrite works, as plain text.
    public var reason: String
    public var line: Int
}
