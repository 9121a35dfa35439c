import Course

/// A phrase bank: situations, each with phrases to say and rewrites of phrases to avoid,
/// and a drill made from its rewrites.
public struct PhraseBank: PageContent {
    public struct Section: Sendable {
        public var title: String
        /// The heading's anchor on the bank's page.
        public var id: String
        public var phrases: [Phrase]
    }

    public var sections: [Section]
    /// What comes before the first situation.
    public var intro: HTMLFragment
    /// "Which reply works better?" for each rewrite; nil for a bank without rewrites.
    public var drill: Quiz?

    public var phrases: [Phrase] { sections.flatMap(\.phrases) }

    public var progressIDs: [(id: String, line: Int)] { drill.map { [($0.id, $0.line)] } ?? [] }

    public var phrasesToAvoid: [PhraseToAvoid] {
        phrases.compactMap { phrase in phrase.avoid.map { PhraseToAvoid(avoid: $0, say: phrase.say) } }
    }
}

public struct Phrase: Sendable, Equatable {
    /// What not to say, for a rewrite; nil for a phrase that is simply good to use.
    public var avoid: String?
    public var say: String
    /// Why the rewrite works, as plain text.
    public var reason: String
    public var line: Int
}
