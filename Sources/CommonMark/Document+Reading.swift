internal import CCmark

/// Reading the tree: its shape, each node's kind, text and source position.
extension Document {
    /// The node's pointer when the node is this document's.
    func pointer(_ node: Node) -> OpaquePointer? {
        node.document == id ? node.pointer : nil
    }

    private func node(_ pointer: OpaquePointer?) -> Node? {
        pointer.map { Node($0, in: id) }
    }

    public func type(of node: Node) -> NodeType {
        pointer(node).map { NodeType(cmark_node_get_type($0)) } ?? .unknown
    }

    // MARK: Shape

    public func parent(of node: Node) -> Node? { self.node(pointer(node).flatMap(cmark_node_parent)) }
    public func firstChild(of node: Node) -> Node? { self.node(pointer(node).flatMap(cmark_node_first_child)) }
    public func lastChild(of node: Node) -> Node? { self.node(pointer(node).flatMap(cmark_node_last_child)) }
    public func next(after node: Node) -> Node? { self.node(pointer(node).flatMap(cmark_node_next)) }
    public func previous(before node: Node) -> Node? { self.node(pointer(node).flatMap(cmark_node_previous)) }

    /// The direct children, in order.
    public func children(of node: Node) -> [Node] {
        var result: [Node] = []
        var child = pointer(node).flatMap(cmark_node_first_child)
        while let current = child {
            result.append(Node(current, in: id))
            child = cmark_node_next(current)
        }
        return result
    }

    /// `node` and every node below it, in document order. The list is made before the
    /// caller sees it, so the caller may rewrite the tree while going through it.
    public func descendants(of node: Node) -> [Node] {
        descendants(of: node) { _ in true }
    }

    /// The nodes of any of these types below (and including) `node`, in document order, in
    /// one walk of the tree; the list is made before the caller sees it, as above.
    public func descendants(of node: Node, ofTypes types: Set<NodeType>) -> [Node] {
        descendants(of: node) { types.contains(NodeType(cmark_node_get_type($0))) }
    }

    private func descendants(of node: Node, where include: (OpaquePointer) -> Bool) -> [Node] {
        var result: [Node] = []
        guard let start = pointer(node), let iterator = cmark_iter_new(start) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), include(current) {
                result.append(Node(current, in: id))
            }
        }
        return result
    }

    // MARK: Source position (1-based; 0 when unknown, e.g. for nodes made while rewriting)

    public func startLine(of node: Node) -> Int { pointer(node).map { Int(cmark_node_get_start_line($0)) } ?? 0 }
    public func startColumn(of node: Node) -> Int { pointer(node).map { Int(cmark_node_get_start_column($0)) } ?? 0 }
    public func endLine(of node: Node) -> Int { pointer(node).map { Int(cmark_node_get_end_line($0)) } ?? 0 }

    // MARK: Content

    public func literal(of node: Node) -> String? {
        pointer(node).flatMap(cmark_node_get_literal).map { String(cString: $0) }
    }

    public func url(of node: Node) -> String? {
        pointer(node).flatMap(cmark_node_get_url).map { String(cString: $0) }
    }

    public func title(of node: Node) -> String? {
        pointer(node).flatMap(cmark_node_get_title).map { String(cString: $0) }
    }

    /// The info string of a fenced code block (empty for indented code).
    public func fenceInfo(of node: Node) -> String {
        pointer(node).flatMap(cmark_node_get_fence_info).map { String(cString: $0) } ?? ""
    }

    /// The verbatim HTML a custom block or inline writes before its children.
    public func onEnter(of node: Node) -> String? {
        pointer(node).flatMap(cmark_node_get_on_enter).map { String(cString: $0) }
    }

    public func headingLevel(of node: Node) -> Int { pointer(node).map { Int(cmark_node_get_heading_level($0)) } ?? 0 }

    public func isOrderedList(_ node: Node) -> Bool {
        pointer(node).map { cmark_node_get_list_type($0) == CMARK_ORDERED_LIST } ?? false
    }

    /// The text of `node` and its descendants, without markup. Walks cmark's iterator
    /// directly: this runs over every paragraph of every page.
    public func plainText(of node: Node) -> String {
        var text = ""
        guard let start = pointer(node), let iterator = cmark_iter_new(start) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// The text of several blocks, separated by spaces.
    public func plainText(of nodes: [Node]) -> String {
        nodes.map { plainText(of: $0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
