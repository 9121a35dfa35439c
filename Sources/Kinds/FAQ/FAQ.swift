import CommonMark

/// An FAQ page: each `##` a question, the blocks under it the answer.
public struct FAQ: Sendable {
    public struct Entry: Sendable {
        public var question: String
        /// The heading's anchor, stable across builds.
        public var id: String
        public var heading: Node
        public var answer: [Node]
        public var line: Int
    }

    public var intro: [Node]
    public var entries: [Entry]

    /// Reads the page's top-level blocks. Returns a diagnostic when there are no questions.
    static func read(_ document: Document, file: String, lineOffset: Int, line: Int) -> (FAQ, Diagnostic?) {
        let parts = HeadingSections(document)
        var ids = HeadingIDs()
        let entries = parts.sections.map { section in
            let question = section.heading.plainText
            return Entry(question: question, id: ids.id(for: question), heading: section.heading, answer: section.blocks,
                         line: section.heading.startLine + lineOffset)
        }
        let faq = FAQ(intro: parts.intro, entries: entries)
        guard faq.entries.isEmpty else { return (faq, nil) }
        return (faq, .error(file, line: line, column: 1, "FAQ has no questions",
                            hint: "write each question as a `## ` heading with its answer below it"))
    }
}
