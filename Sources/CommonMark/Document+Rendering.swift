internal import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rendering the tree, or part of it, to HTML. Raw HTML is left out unless allowed.
extension Document {
    /// The whole document.
    public func renderHTML(allowRawHTML: Bool = false) -> String {
        render(tree, allowRawHTML: allowRawHTML)
    }

    /// One node and its children.
    public func renderHTML(of node: Node, allowRawHTML: Bool = false) -> String {
        pointer(node).map { render($0, allowRawHTML: allowRawHTML) } ?? ""
    }

    /// Several sibling blocks, one after the other.
    public func renderHTML(of nodes: [Node], allowRawHTML: Bool = false) -> String {
        nodes.map { renderHTML(of: $0, allowRawHTML: allowRawHTML) }.joined()
    }

    /// A paragraph's or heading's content, without the element around it. Rendered child
    /// by child: a paragraph in a tight list renders without `<p>`, so cutting tags off
    /// the whole would cut the content instead.
    public func renderInnerHTML(of node: Node, allowRawHTML: Bool = false) -> String {
        renderHTML(of: children(of: node), allowRawHTML: allowRawHTML)
    }

    private func render(_ pointer: OpaquePointer, allowRawHTML: Bool) -> String {
        guard let html = cmark_render_html(pointer, Document.renderOptions(allowRawHTML: allowRawHTML)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
