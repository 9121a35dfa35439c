internal import CCmark

/// A parsed CommonMark document: the only owner of its cmark tree, which it frees when it
/// goes away. It cannot be copied, so no second owner can free the tree again or use it
/// afterwards; and every node is reached through it (see `Node`), so no node can be used
/// once the document is gone. A stage parses a document, reads what it needs into values
/// and lets it go: no tree outlives the stage that parsed it.
public struct Document: ~Copyable {
    let tree: OpaquePointer
    /// Tells this document's nodes from another's (at random: no two documents alive at
    /// once share one in practice): a node is only used by its own document.
    let id: UInt64
    /// Nodes made or taken out of the tree while rewriting it. They are freed with the
    /// document, not before, so a `Node` naming one of them never names freed memory.
    var loose: Set<OpaquePointer> = []

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
        tree = parsed ?? cmark_node_new(CMARK_NODE_DOCUMENT)
        id = UInt64.random(in: 1 ... .max)
    }

    deinit {
        // A loose node still without a parent heads a subtree of its own; one that was put
        // back into the tree (or into another loose subtree) is freed with it. All are
        // found before any is freed, so no freed node is asked for its parent.
        let heads = loose.filter { cmark_node_parent($0) == nil && $0 != tree }
        for node in heads { cmark_node_free(node) }
        cmark_node_free(tree)
    }

    /// The document node; its children are the top-level blocks.
    public var root: Node { Node(tree, in: id) }

    static let parseOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SOURCEPOS

    /// Source positions are only wanted while reading: rendered, they would become
    /// `data-sourcepos` attributes (with raw HTML allowed, cmark writes them).
    static func renderOptions(allowRawHTML: Bool) -> Int32 {
        let options = parseOptions & ~CMARK_OPT_SOURCEPOS
        return allowRawHTML ? options | CMARK_OPT_UNSAFE : options
    }
}
