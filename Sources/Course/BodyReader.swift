import CommonMark
import Foundation

/// Reads a page's Markdown tree: turns alerts into callouts, gives headings their ids and
/// collects links, reporting problems at their lines in the file.
struct BodyReader {
    let file: String
    /// Path of the page relative to content/, to resolve relative links.
    let sourcePath: String
    /// Added to cmark's body-relative line numbers to get lines of the file.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, sourcePath: String, bodyLine: Int) {
        self.file = file
        self.sourcePath = sourcePath
        self.lineOffset = bodyLine - 1
    }

    /// Quizzes found in ```quiz blocks, in order.
    private(set) var quizzes: [Quiz] = []
    /// Text between `##`/`###` headings, for search.
    private(set) var sections: [TextSection] = []

    /// Reads the tree. `pageID` names the inline knowledge checks (`…-check-1`); quiz pages
    /// keep their headings as they are, because their questions are read from them.
    mutating func read(_ document: Document, pageID: String, rewritesHeadings: Bool = true) -> (headings: [Heading], links: [LinkReference]) {
        // One walk of the tree finds everything read below, sorted by type before anything
        // is rewritten: rewriting frees the fences and quotes it replaces, so their type
        // cannot be asked afterwards. The other nodes survive: a replaced quiz fence holds
        // none of them, and callouts and headings move their children without remaking them.
        let found = document.node.descendants(ofTypes: [.codeBlock, .heading, .blockQuote, .link, .image])
        let fences = found.filter { $0.type == .codeBlock }
        let headingNodes = found.filter { $0.type == .heading }
        let quotes = found.filter { $0.type == .blockQuote }
        let linkNodes = found.filter { $0.type == .link || $0.type == .image }
        var links: [LinkReference] = []
        for node in fences where Self.isQuizFence(node) {
            links += readKnowledgeCheck(node, id: "\(pageID)-check-\(quizzes.count + 1)")
        }
        // Every heading gets its id once, in document order; the search sections use the same ids.
        var ids = HeadingIDs()
        let headings = headingNodes.map { node in
            let text = node.plainText
            return Heading(level: node.headingLevel, text: text, id: ids.id(for: text), line: node.startLine + lineOffset)
        }
        sections = Self.sections(of: document, headings: Dictionary(uniqueKeysWithValues: zip(headingNodes, headings)))
        for node in quotes {
            rewriteCallout(node)
        }
        guard rewritesHeadings else { return ([], links + linkNodes.compactMap { resolve($0) }) }
        for (node, heading) in zip(headingNodes, headings) {
            Self.giveID(heading, to: node)
        }
        links += linkNodes.compactMap { resolve($0) }
        return (headings, links)
    }

    private mutating func collectLinks(in document: Document) -> [LinkReference] {
        document.node.descendants(ofTypes: [.link, .image]).compactMap { resolve($0) }
    }

    // MARK: Knowledge checks

    private static func isQuizFence(_ node: Node) -> Bool {
        node.fenceInfo.split(separator: " ").first == "quiz"
    }

    /// Parses the fence's text as a quiz and leaves a placeholder that the site fills with
    /// the rendered check.
    private mutating func readKnowledgeCheck(_ fence: Node, id: String) -> [LinkReference] {
        let document = Document(markdown: fence.literal ?? "")
        // The fence's text starts on the line after the opening ```.
        var inner = BodyReader(file: file, sourcePath: sourcePath, bodyLine: fence.startLine + lineOffset + 1)
        var parser = QuizParser(file: file, lineOffset: inner.lineOffset)
        var quiz = parser.parse(document, id: id, isInline: true, line: fence.startLine + lineOffset)
        diagnostics += parser.diagnostics
        let links = inner.collectLinks(in: document)
        diagnostics += inner.diagnostics
        let placeholder = Node.customBlock(onEnter: "", onExit: "")
        fence.replace(with: placeholder)
        quiz.placeholder = placeholder
        quizzes.append(quiz)
        return links
    }

    /// Top-level text split at `##` and `###` headings, with the ids the headings get.
    private static func sections(of document: Document, headings: [Node: Heading]) -> [TextSection] {
        var sections = [TextSection(id: "", heading: "", text: "")]
        for node in document.node.children {
            if let heading = headings[node], heading.level == 2 || heading.level == 3 {
                sections.append(TextSection(id: heading.id, heading: heading.text, text: ""))
                continue
            }
            // Knowledge checks are placeholders by now; their text is not prose.
            guard node.type != .customBlock, node.type != .codeBlock || !isQuizFence(node) else { continue }
            var text = node.plainText
            if node.type == .blockQuote, text.hasPrefix("[!"), let close = text.firstIndex(of: "]") {
                text = String(text[text.index(after: close)...]).trimmingSpaces()
            }
            if !text.isEmpty { sections[sections.count - 1].text += (sections[sections.count - 1].text.isEmpty ? "" : " ") + text }
        }
        return sections.filter { !$0.text.isEmpty || !$0.id.isEmpty }
    }

    // MARK: Callouts

    /// `> [!TIP]` as the first line of a blockquote makes it a callout.
    private mutating func rewriteCallout(_ quote: Node) {
        guard let paragraph = quote.firstChild, paragraph.type == .paragraph else { return }
        // cmark splits `[!TIP]` into several text nodes ("[", "!TIP", "]"): join the
        // leading text nodes up to the first line break.
        var marker = ""
        var markerNodes: [Node] = []
        for child in paragraph.children {
            guard child.type == .text else { break }
            marker += child.literal ?? ""
            markerNodes.append(child)
        }
        guard marker.hasPrefix("[!"), let close = marker.firstIndex(of: "]") else { return }
        let name = String(marker[marker.index(marker.startIndex, offsetBy: 2)..<close])
        guard let kind = Callout(rawValue: name.uppercased()) else {
            diagnostics.append(.error(
                file, line: quote.startLine + lineOffset, column: quote.startColumn, "unknown callout '[!\(name)]'",
                hint: "use one of " + Callout.allCases.map { "[!\($0.rawValue)]" }.joined(separator: ", ")))
            return
        }
        let rest = marker[marker.index(after: close)...].drop { $0 == " " }
        for node in markerNodes { node.remove() }
        if !rest.isEmpty {
            if let first = paragraph.firstChild {
                first.insertBefore(.text(String(rest)))
            } else {
                paragraph.append(.text(String(rest)))
            }
        } else if let lineBreak = paragraph.firstChild, lineBreak.type == .softBreak || lineBreak.type == .lineBreak {
            lineBreak.remove()
        }
        if paragraph.firstChild == nil { paragraph.remove() }

        let callout = Node.customBlock(
            onEnter: "<aside class=\"callout \(kind.cssClass)\"><p class=\"callout-label\">\(kind.label)</p>",
            onExit: "</aside>")
        quote.moveChildren(to: callout)
        quote.replace(with: callout)
    }

    // MARK: Headings

    /// cmark cannot add attributes, so the heading becomes a custom block holding a custom
    /// inline that writes `<hN id>` around the heading's own inline content.
    private static func giveID(_ heading: Heading, to node: Node) {
        let block = Node.customBlock(onEnter: "", onExit: "")
        let inline = Node.customInline(onEnter: "<h\(heading.level) id=\"\(heading.id)\">", onExit: "</h\(heading.level)>")
        node.moveChildren(to: inline)
        block.append(inline)
        node.replace(with: block)
    }

    // MARK: Links

    private mutating func resolve(_ node: Node) -> LinkReference? {
        let url = node.url ?? ""
        let line = node.startLine + lineOffset
        let column = node.startColumn
        func reference(_ target: LinkReference.Target) -> LinkReference {
            LinkReference(node: node, target: target, line: line, column: column)
        }
        if url.isEmpty || Self.hasScheme(url) || url.hasPrefix("//") { return reference(.external) }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let fragment = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        if pathPart.isEmpty { return reference(.anchor(fragment ?? "")) }
        let decoded = (pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? pathPart).removingPercentEncoding ?? pathPart
        guard let target = ContentPath.resolve(decoded, from: sourcePath) else {
            diagnostics.append(.error(file, line: line, column: column, "link '\(url)' points outside the content folder",
                                      hint: "link only to files inside content/"))
            return nil
        }
        if target.hasSuffix(".md") { return reference(.page(target, anchor: fragment)) }
        // A link to a folder (`../02-boundaries/`) is a link to its page, the index.md.
        if decoded.hasSuffix("/") || decoded == "." || decoded == ".." {
            return reference(.page(target.isEmpty ? "index.md" : target + "/index.md", anchor: fragment))
        }
        return reference(.file(target))
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
