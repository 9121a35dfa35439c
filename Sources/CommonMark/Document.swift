internal import CCmark

/// A parsed CommonMark document that owns its cmark node tree and frees it when released.
///
/// A document is mutated only by the task that renders it, so it is safe to hand a
/// finished document to another thread (hence `@unchecked Sendable`).
public final class Document: @unchecked Sendable {
    let root: OpaquePointer
    /// Whether `discardContent()` freed the tree: the document is empty now, and whatever
    /// read it must read the file again.
    public private(set) var isDiscarded = false

    /// Parses `markdown` with smart punctuation and source positions.
    public init(markdown: String) {
        let options = Document.parseOptions
        // By its byte count, not `strlen`: text after a NUL byte must not silently vanish
        // (cmark turns a NUL into U+FFFD, as CommonMark says).
        var text = markdown
        let parsed = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                guard let start = text.baseAddress else { return cmark_parse_document("", 0, options) }
                return cmark_parse_document(start, text.count, options)
            }
        }
        // cmark only returns nil when malloc fails, which it already treats as fatal.
        root = parsed ?? cmark_node_new(CMARK_NODE_DOCUMENT)
    }

    deinit {
        cmark_node_free(root)
    }

    /// The document node; its children are the top-level blocks.
    public var node: Node { Node(pointer: root) }

    /// Renders the whole document to HTML. Raw HTML is omitted unless `allowRawHTML`.
    public func renderHTML(allowRawHTML: Bool = false) -> String {
        node.renderHTML(allowRawHTML: allowRawHTML)
    }

    static let parseOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS

    static func renderOptions(allowRawHTML: Bool) -> Int32 {
        allowRawHTML ? parseOptions | CMARK_OPT_UNSAFE : parseOptions & ~CMARK_OPT_SOURCEPOS
    }
}

extension Document {
    /// Frees every node but the document node, for a caller done with the tree that still
    /// holds the document (a build frees each page's tree once the page is written). Every
    /// `Node` taken from this document before is invalid afterwards.
    public func discardContent() {
        while let child = cmark_node_first_child(root) {
            cmark_node_free(child)
        }
        isDiscarded = true
    }
}
