internal import CCmark
import Foundation
import Glibc

/// A view of one node inside a `Document`. It is valid while its document is alive and the
/// node has not been removed.
public struct Node: @unchecked Sendable, Hashable {
    let pointer: OpaquePointer

    init(pointer: OpaquePointer) {
        self.pointer = pointer
    }

    init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    public var type: NodeType { NodeType(cmark_node_get_type(pointer)) }

    // MARK: Navigation

    public var parent: Node? { Node(cmark_node_parent(pointer)) }
    public var firstChild: Node? { Node(cmark_node_first_child(pointer)) }
    public var lastChild: Node? { Node(cmark_node_last_child(pointer)) }
    public var next: Node? { Node(cmark_node_next(pointer)) }
    public var previous: Node? { Node(cmark_node_previous(pointer)) }

    /// The direct children, in order.
    public var children: [Node] {
        var result: [Node] = []
        var child = firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }

    /// This node and every node below it, in document order. Collected first, so the
    /// caller may rewrite the tree while going through the list.
    public var descendants: [Node] {
        descendants { _ in true }
    }

    /// The nodes of one type below (and including) this node, in document order. The list
    /// is made before the caller sees it, so the caller may free nodes while going through
    /// it: filtering while iterating would ask a freed node for its type.
    public func descendants(ofType type: NodeType) -> [Node] {
        descendants(ofTypes: [type])
    }

    /// The nodes of any of these types below (and including) this node, in document order,
    /// in one walk of the tree; the list is made before the caller sees it, as above.
    public func descendants(ofTypes types: Set<NodeType>) -> [Node] {
        descendants { types.contains($0.type) }
    }

    /// The walk behind the three above: `include` sees each node as cmark enters it.
    private func descendants(where include: (Node) -> Bool) -> [Node] {
        var result: [Node] = []
        guard let iterator = cmark_iter_new(pointer) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = Node(cmark_iter_get_node(iterator)), include(node) {
                result.append(node)
            }
        }
        return result
    }

    // MARK: Source position (1-based; 0 when unknown, e.g. for created nodes)

    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    public var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    // MARK: Content

    public var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { _ = cmark_node_set_literal(pointer, newValue) }
    }

    public var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { _ = cmark_node_set_url(pointer, newValue) }
    }

    public var title: String? {
        cmark_node_get_title(pointer).map { String(cString: $0) }
    }

    /// The info string of a fenced code block (empty for indented code).
    public var fenceInfo: String {
        cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? ""
    }

    /// The verbatim HTML a custom block or inline writes before its children.
    public var onEnter: String? {
        cmark_node_get_on_enter(pointer).map { String(cString: $0) }
    }

    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    public var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    /// The text of this node and its descendants, without markup. Walks cmark's iterator
    /// directly: this runs over every paragraph of every page.
    public var plainText: String {
        var text = ""
        guard let iterator = cmark_iter_new(pointer) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// The text of several blocks, separated by spaces.
    public static func plainText(of nodes: [Node]) -> String {
        nodes.map(\.plainText).filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: Rendering

    /// The HTML of a paragraph's or heading's content, without the element around it.
    /// Rendered child by child: a paragraph in a tight list renders without `<p>`, so
    /// cutting tags off the whole would cut the content instead.
    public func renderInnerHTML() -> String {
        children.map { $0.renderHTML() }.joined()
    }

    /// The HTML of several sibling blocks, one after the other.
    public static func renderHTML(_ nodes: [Node], allowRawHTML: Bool = false) -> String {
        nodes.map { $0.renderHTML(allowRawHTML: allowRawHTML) }.joined()
    }

    /// Renders this node (and its children) to HTML.
    public func renderHTML(allowRawHTML: Bool = false) -> String {
        guard let html = cmark_render_html(pointer, Document.renderOptions(allowRawHTML: allowRawHTML)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }
}
