import Course

/// An FAQ page: each `##` a question, the blocks under it the answer.
public struct FAQ: PageContent {
    public struct Entry: Sendable {
        public var question: String
        /// The heading's anchor, stable across builds.
        public var id: String
        /// The question as written (its heading's content).
        public var heading: HTMLFragment
        public var answer: HTMLFragment
        /// The answer as plain text, for the page's structured data.
        public var answerText: String
        public var line: Int
    }

    public var intro: HTMLFragment
    public var entries: [Entry]

    public var anchors: [String] { entries.map(\.id) }
}
