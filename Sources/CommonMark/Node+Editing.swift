internal import CCmark

/// Creating nodes and rewriting the tree. Nodes removed from a tree are freed here, so no
/// caller has to remember cmark's ownership rules.
extension Node {
    /// A block whose HTML is `onEnter`, then its children, then `onExit`, emitted verbatim
    /// even in safe mode: the way generated markup reaches the page.
    public static func customBlock(onEnter: String, onExit: String = "") -> Node {
        make(CMARK_NODE_CUSTOM_BLOCK, onEnter: onEnter, onExit: onExit)
    }

    /// The inline counterpart of `customBlock`.
    public static func customInline(onEnter: String, onExit: String = "") -> Node {
        make(CMARK_NODE_CUSTOM_INLINE, onEnter: onEnter, onExit: onExit)
    }

    /// The verbatim HTML a custom block or inline writes before its children.
    public func setOnEnter(_ html: String) {
        _ = cmark_node_set_on_enter(pointer, html)
    }

    /// A plain text node.
    public static func text(_ literal: String) -> Node {
        let node = Node(pointer: cmark_node_new(CMARK_NODE_TEXT))
        node.literal = literal
        return node
    }

    private static func make(_ type: cmark_node_type, onEnter: String, onExit: String) -> Node {
        let node = Node(pointer: cmark_node_new(type))
        _ = cmark_node_set_on_enter(node.pointer, onEnter)
        _ = cmark_node_set_on_exit(node.pointer, onExit)
        return node
    }

    /// Adds `child` as the last child of this node.
    public func append(_ child: Node) {
        _ = cmark_node_append_child(pointer, child.pointer)
    }

    /// Puts `sibling` right before this node.
    public func insertBefore(_ sibling: Node) {
        _ = cmark_node_insert_before(pointer, sibling.pointer)
    }

    /// Moves every child of this node, in order, to the end of `other`.
    public func moveChildren(to other: Node) {
        for child in children {
            other.append(child)
        }
    }

    /// Puts `replacement` where this node was and frees this node and its subtree.
    public func replace(with replacement: Node) {
        _ = cmark_node_replace(pointer, replacement.pointer)
        cmark_node_free(pointer)
    }

    /// Takes this node out of the tree and frees it with its subtree.
    public func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}
