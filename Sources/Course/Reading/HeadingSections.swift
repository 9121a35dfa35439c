import CommonMark

/// A document cut at its `##` headings: the kinds written as headings (quiz, FAQ,
/// scenario, phrase bank) read their questions, answers and moments from these sections.
public struct HeadingSections {
    public struct Section {
        public var heading: Node
        public var blocks: [Node]
    }

    /// Top-level blocks before the first `##`.
    public var intro: [Node] = []
    public var sections: [Section] = []

    public init(_ document: borrowing Document) {
        for node in document.children(of: document.root) {
            if document.type(of: node) == .heading, document.headingLevel(of: node) == 2 {
                sections.append(Section(heading: node, blocks: []))
            } else if sections.isEmpty {
                intro.append(node)
            } else {
                sections[sections.count - 1].blocks.append(node)
            }
        }
    }
}
