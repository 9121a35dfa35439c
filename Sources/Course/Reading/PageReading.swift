import CommonMark

/// One page being read: its Markdown tree, its front matter, and everything read from it
/// so far. A content kind's `read` gets it, takes what the kind is made of out of the tree
/// as values (HTML fragments, text), and the tree goes away with the reading: it cannot be
/// copied, so neither can the tree, and nothing read from it holds a node.
public struct PageReading: ~Copyable {
    public var document: Document
    /// The page's file as diagnostics print it, e.g. `content/01-why/02-calm.md`.
    public let file: String
    /// Path of the page relative to content/, e.g. `01-why/02-calm.md`.
    public let sourcePath: String
    /// Added to the tree's line numbers to get lines of the file.
    public let lineOffset: Int
    /// Names the page's quizzes (`why/calm`, or the `id:` in front matter): progress in a
    /// trainee's browser is kept under it.
    public let pageID: String
    /// Raw HTML in Markdown is kept only when course.yaml says `unsafe_html: true`.
    public let allowsRawHTML: Bool
    /// The quotation marks of the course's language, for what a kind parses or writes itself.
    public let quotes: QuoteMarks
    /// The front matter, for the fields a kind reads (`pass_mark`, `tension`).
    public var fields: Fields
    /// What course.yaml says pages of this kind start from (its `quiz:` mapping), if anything.
    public var defaults: Fields?
    public var diagnostics: [Diagnostic] = []
    /// Every link of the page, in the order read.
    public var links: PageLinks
    /// Headings with their ids, for anchors and the table of contents.
    public var headings: [Heading] = []
    /// Text between `##`/`###` headings, for search and the phrase linter.
    public var sections: [TextSection] = []
    let givesHeadingsIDs: Bool
    let keepsProse: Bool
    private var isBodyRead = false

    init(document: consuming Document, file: String, sourcePath: String, lineOffset: Int, pageID: String,
         allowsRawHTML: Bool, quotes: QuoteMarks = .english, fields: Fields, defaults: Fields?, givesHeadingsIDs: Bool, keepsProse: Bool) {
        self.document = document
        self.file = file
        self.sourcePath = sourcePath
        self.lineOffset = lineOffset
        self.pageID = pageID
        self.allowsRawHTML = allowsRawHTML
        self.quotes = quotes
        self.fields = fields
        self.defaults = defaults
        links = PageLinks(sourcePath: sourcePath, file: file)
        self.givesHeadingsIDs = givesHeadingsIDs
        self.keepsProse = keepsProse
    }

    /// Line of the file a node starts on.
    public func line(of node: Node) -> Int { document.startLine(of: node) + lineOffset }

    /// An error at a line of the tree's own numbering (column 1).
    public mutating func report(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line(of: node), column: 1, message, hint: hint))
    }

    // MARK: Fragments

    /// Sibling blocks as HTML with holes for the site; the body is read first if it was not.
    public mutating func fragment(of nodes: [Node]) -> HTMLFragment {
        readBody()
        return document.fragment(of: nodes, allowRawHTML: allowsRawHTML)
    }

    /// A paragraph's or heading's content as HTML, without the element around it.
    public mutating func innerFragment(of node: Node) -> HTMLFragment {
        readBody()
        return document.innerFragment(of: node, allowRawHTML: allowsRawHTML)
    }

    /// The whole tree as HTML.
    public mutating func wholeFragment() -> HTMLFragment {
        readBody()
        return document.fragment(allowRawHTML: allowsRawHTML)
    }

    // MARK: The body

    /// Reads what every kind has, once: the text of its sections, heading ids, callouts and
    /// links. Rendering a fragment does it first; a kind that rewrites the tree in a way the
    /// body reading must see (a scenario takes its reply links out) does that before asking
    /// for any fragment.
    public mutating func readBody() {
        guard !isBodyRead else { return }
        isBodyRead = true
        // One walk finds everything read below, sorted by type before anything is rewritten.
        let found = document.descendants(of: document.root, ofTypes: [.heading, .blockQuote])
        let headingNodes = found.filter { document.type(of: $0) == .heading }
        let quotes = found.filter { document.type(of: $0) == .blockQuote }
        // Every heading gets its id once, in document order; the sections use the same ids.
        var ids = HeadingIDs()
        let allHeadings = headingNodes.map { node in
            let text = document.plainText(of: node)
            return Heading(level: document.headingLevel(of: node), text: text, id: ids.id(for: text), line: line(of: node))
        }
        sections = readSections(headings: Dictionary(uniqueKeysWithValues: zip(headingNodes, allHeadings)))
        for quote in quotes { rewriteCallout(quote) }
        if givesHeadingsIDs {
            headings = allHeadings
            for (node, heading) in zip(headingNodes, allHeadings) { giveID(heading, to: node) }
        }
        diagnostics += links.read(&document, lineOffset: lineOffset)
    }

    /// The text split at `##` and `###` headings (with the ids the headings get), made of
    /// the paragraphs and other text of the blocks in between, a space between each.
    private func readSections(headings: [Node: Heading]) -> [TextSection] {
        var sections = [TextSection(id: "", heading: "", text: "")]
        for node in document.children(of: document.root) {
            if let heading = headings[node], heading.level == 2 || heading.level == 3 {
                sections.append(TextSection(id: heading.id, heading: heading.text, text: ""))
                continue
            }
            for unit in textUnits(of: node, isExample: false) where !unit.text.isEmpty {
                let last = sections.count - 1
                if !sections[last].text.isEmpty { sections[last].text += " " }
                let start = sections[last].text.utf8.count
                sections[last].text += unit.text
                if unit.isProse, keepsProse {
                    sections[last].prose.append(.init(start: start, end: sections[last].text.utf8.count, line: unit.line))
                }
            }
        }
        return sections.filter { !$0.text.isEmpty || !$0.id.isEmpty }
    }

    /// The pieces of text of a block: each paragraph on its own (list items and callouts
    /// hold several), headings inside it, nothing from code, HTML or a knowledge check.
    /// Paragraphs of an `[!AVOID]` callout are examples of what not to say, not prose.
    private func textUnits(of node: Node, isExample: Bool) -> [(text: String, line: Int, isProse: Bool)] {
        switch document.type(of: node) {
        case .paragraph:
            return [(document.plainText(of: node), line(of: node), !isExample)]
        case .heading:
            return [(document.plainText(of: node), line(of: node), false)]
        case .blockQuote:
            let kind = callout(of: node)?.kind
            var units = document.children(of: node).flatMap { textUnits(of: $0, isExample: isExample || kind == .avoid) }
            // A callout's marker (`[!TIP]`) is not text.
            if let first = units.first, first.text.hasPrefix("[!"), let close = first.text.firstIndex(of: "]") {
                units[0].text = String(first.text[first.text.index(after: close)...]).trimmingSpaces()
            }
            return units
        case .list, .item:
            return document.children(of: node).flatMap { textUnits(of: $0, isExample: isExample) }
        case .codeBlock, .htmlBlock, .customBlock, .thematicBreak:
            return []
        default:
            let text = document.plainText(of: node)
            return text.isEmpty ? [] : [(text, line(of: node), false)]
        }
    }

    /// A fenced code block whose info string starts with `quiz`: a knowledge check.
    public static func isQuizFence(_ info: String) -> Bool {
        info.split(separator: " ").first == "quiz"
    }

    // MARK: Callouts

    /// The kind named by `> [!TIP]` at the start of a blockquote, with the text nodes
    /// that spell the marker (cmark splits it: "[", "!TIP", "]").
    private func callout(of quote: Node) -> (kind: Callout?, name: String, markerNodes: [Node], rest: Substring)? {
        guard let paragraph = document.firstChild(of: quote), document.type(of: paragraph) == .paragraph else { return nil }
        var marker = ""
        var markerNodes: [Node] = []
        for child in document.children(of: paragraph) {
            guard document.type(of: child) == .text else { break }
            marker += document.literal(of: child) ?? ""
            markerNodes.append(child)
        }
        guard marker.hasPrefix("[!"), let close = marker.firstIndex(of: "]") else { return nil }
        let name = String(marker[marker.index(marker.startIndex, offsetBy: 2)..<close])
        let rest = marker[marker.index(after: close)...].drop { $0 == " " }
        return (Callout(rawValue: name.uppercased()), name, markerNodes, rest)
    }

    /// `> [!TIP]` as the first line of a blockquote makes it a callout.
    private mutating func rewriteCallout(_ quote: Node) {
        guard let (kind, name, markerNodes, rest) = callout(of: quote),
              let paragraph = document.firstChild(of: quote) else { return }
        guard let kind else {
            diagnostics.append(.error(
                file, line: line(of: quote), column: document.startColumn(of: quote), "unknown callout '[!\(name)]'",
                hint: "use one of " + Callout.allCases.map { "[!\($0.rawValue)]" }.joined(separator: ", ")))
            return
        }
        if kind == .policy {
            diagnostics.append(.warning(
                file, line: line(of: quote), column: document.startColumn(of: quote),
                "a placeholder for your organisation's own procedure is still here",
                hint: "write your procedure (who to tell, what to record, where to find help) in its place and remove `[!POLICY]`"))
        }
        for node in markerNodes { document.remove(node) }
        if !rest.isEmpty {
            let text = document.makeText(String(rest))
            if let first = document.firstChild(of: paragraph) {
                document.insert(text, before: first)
            } else {
                document.append(text, to: paragraph)
            }
        } else if let lineBreak = document.firstChild(of: paragraph),
                  [.softBreak, .lineBreak].contains(document.type(of: lineBreak)) {
            document.remove(lineBreak)
        }
        if document.firstChild(of: paragraph) == nil { document.remove(paragraph) }
        let callout = document.makeCustomBlock(
            onEnter: "<aside class=\"callout \(kind.cssClass)\"><p class=\"callout-label\">\(HTMLFragment.Marker.text(kind.label))</p>",
            onExit: "</aside>")
        document.moveChildren(of: quote, to: callout)
        document.replace(quote, with: callout)
    }

    // MARK: Headings

    /// cmark cannot add attributes, so the heading becomes a custom block holding a custom
    /// inline that writes `<hN id>` around the heading's own inline content.
    private mutating func giveID(_ heading: Heading, to node: Node) {
        let block = document.makeCustomBlock(onEnter: "", onExit: "")
        let inline = document.makeCustomInline(onEnter: "<h\(heading.level) id=\"\(heading.id)\">", onExit: "</h\(heading.level)>")
        document.moveChildren(of: node, to: inline)
        document.append(inline, to: block)
        document.replace(node, with: block)
    }
}
