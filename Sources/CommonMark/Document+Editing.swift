internal import CCmark

/// Rewriting the tree. Nodes made here, and nodes taken out of the tree, belong to the
/// document until it goes away, so no caller has to remember cmark's ownership rules and no
/// `Node` ever names freed memory.
extension Document {
    /// A block whose HTML is `onEnter`, then its children, then `onExit`, emitted verbatim
    /// even in safe mode: the way generated markup reaches the page.
    public mutating func makeCustomBlock(onEnter: String, onExit: String = "") -> Node {
        make(CMARK_NODE_CUSTOM_BLOCK, onEnter: onEnter, onExit: onExit)
    }

    /// The inline counterpart of `makeCustomBlock`.
    public mutating func makeCustomInline(onEnter: String, onExit: String = "") -> Node {
        make(CMARK_NODE_CUSTOM_INLINE, onEnter: onEnter, onExit: onExit)
    }

    /// A plain text node.
    public mutating func makeText(_ literal: String) -> Node {
        let pointer = adopt(cmark_node_new(CMARK_NODE_TEXT))
        _ = cmark_node_set_literal(pointer, literal)
        return Node(pointer, in: id)
    }

    private mutating func make(_ type: cmark_node_type, onEnter: String, onExit: String) -> Node {
        let pointer = adopt(cmark_node_new(type))
        _ = cmark_node_set_on_enter(pointer, onEnter)
        _ = cmark_node_set_on_exit(pointer, onExit)
        return Node(pointer, in: id)
    }

    /// Keeps a node made here until the document goes away.
    private mutating func adopt(_ pointer: OpaquePointer?) -> OpaquePointer {
        // cmark aborts itself when malloc fails, so a new node is never nil.
        let node = pointer ?? tree
        if node != tree { loose.insert(node) }
        return node
    }

    public mutating func setLiteral(_ literal: String, of node: Node) {
        if let pointer = pointer(node) { _ = cmark_node_set_literal(pointer, literal) }
    }

    public mutating func setURL(_ url: String, of node: Node) {
        if let pointer = pointer(node) { _ = cmark_node_set_url(pointer, url) }
    }

    /// The verbatim HTML a custom block or inline writes before its children.
    public mutating func setOnEnter(_ html: String, of node: Node) {
        if let pointer = pointer(node) { _ = cmark_node_set_on_enter(pointer, html) }
    }

    /// Adds `child` as the last child of `parent`.
    public mutating func append(_ child: Node, to parent: Node) {
        if let parent = pointer(parent), let child = pointer(child) { _ = cmark_node_append_child(parent, child) }
    }

    /// Puts `sibling` right before `node`.
    public mutating func insert(_ sibling: Node, before node: Node) {
        if let node = pointer(node), let sibling = pointer(sibling) { _ = cmark_node_insert_before(node, sibling) }
    }

    /// Moves every child of `node`, in order, to the end of `other`.
    public mutating func moveChildren(of node: Node, to other: Node) {
        for child in children(of: node) { append(child, to: other) }
    }

    /// Puts `replacement` where `node` was; `node` and its subtree leave the tree.
    public mutating func replace(_ node: Node, with replacement: Node) {
        guard let old = pointer(node), let new = pointer(replacement) else { return }
        if cmark_node_replace(old, new) != 0 { loose.insert(old) }
    }

    /// Takes `node` and its subtree out of the tree.
    public mutating func remove(_ node: Node) {
        guard let pointer = pointer(node), pointer != tree else { return }
        cmark_node_unlink(pointer)
        loose.insert(pointer)
    }
}
