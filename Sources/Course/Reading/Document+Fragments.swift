import CommonMark

/// HTML fragments from parts of a tree whose links carry markers (see `PageLinks`).
extension Document {
    /// Several sibling blocks, one after the other.
    public func fragment(of nodes: [Node], allowRawHTML: Bool) -> HTMLFragment {
        HTMLFragment(marked: renderHTML(of: nodes, allowRawHTML: allowRawHTML))
    }

    /// A paragraph's or heading's content, without the element around it.
    public func innerFragment(of node: Node, allowRawHTML: Bool) -> HTMLFragment {
        HTMLFragment(marked: renderInnerHTML(of: node, allowRawHTML: allowRawHTML))
    }

    /// The whole document.
    public func fragment(allowRawHTML: Bool) -> HTMLFragment {
        HTMLFragment(marked: renderHTML(allowRawHTML: allowRawHTML))
    }

    /// A block that the site fills with the page's knowledge check number `number`.
    public mutating func makeCheckPlaceholder(_ number: Int) -> Node {
        makeCustomBlock(onEnter: HTMLFragment.Marker.check(number))
    }
}
