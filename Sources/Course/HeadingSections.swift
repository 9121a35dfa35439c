import CommonMark

/// A document cut at its `##` headings: the kinds written as headings (quiz, FAQ,
/// scenario) read their questions, answers and moments from these sections.
struct HeadingSections {
    struct Section {
        var heading: Node
        var blocks: [Node]
    }

    /// Top-level blocks before the first `##`.
    var intro: [Node] = []
    var sections: [Section] = []

    init(_ document: Document) {
        for node in document.node.children {
            if node.type == .heading, node.headingLevel == 2 {
                sections.append(Section(heading: node, blocks: []))
            } else if sections.isEmpty {
                intro.append(node)
            } else {
                sections[sections.count - 1].blocks.append(node)
            }
        }
    }
}
