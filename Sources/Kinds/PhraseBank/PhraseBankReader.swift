import CommonMark
import Course
import Foundation

/// Reads `type: phrasebank`: each `##` a situation, each list item a phrase, `"avoid" →
/// "say"` a rewrite (`->` works too), and the text after the first line the reason.
struct PhraseBankReader {
    let file: String
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// The situations and their phrases, and the blocks before the first situation.
    mutating func read(_ document: borrowing Document, line: Int) -> (sections: [PhraseBank.Section], intro: [Node]) {
        var sections: [PhraseBank.Section] = []
        var intro: [Node] = []
        var ids = HeadingIDs()
        var itemCount = 0
        for node in document.children(of: document.root) {
            let type = document.type(of: node)
            if type == .heading, document.headingLevel(of: node) == 2 {
                let title = document.plainText(of: node)
                sections.append(.init(title: title, id: ids.id(for: title), phrases: []))
            } else if type == .list {
                itemCount += document.children(of: node).count
                guard !sections.isEmpty else {
                    report(document.startLine(of: node), "phrases must come under a `## situation` heading",
                           hint: "add a heading such as `## When the customer is shouting` above the list")
                    continue
                }
                for item in document.children(of: node) {
                    if let phrase = phrase(item, in: document) { sections[sections.count - 1].phrases.append(phrase) }
                }
            } else if sections.isEmpty {
                intro.append(node)
            } else if !document.plainText(of: node).trimmingSpaces().isEmpty {
                report(document.startLine(of: node), "text under a situation is not shown",
                       hint: "a situation holds a list of phrases; put a phrase's reason under it, indented, or move the text above the first `##`")
            }
        }
        if itemCount == 0 {
            diagnostics.append(.error(file, line: line, column: 1, "phrase bank has no phrases",
                                      hint: "add `## A situation` and under it items like `- \"Calm down.\" → \"I can hear how upsetting this is.\"`"))
        }
        return (sections, intro)
    }

    private mutating func phrase(_ item: Node, in document: borrowing Document) -> Phrase? {
        let line = document.startLine(of: item) + lineOffset
        guard let paragraph = document.firstChild(of: item), document.type(of: paragraph) == .paragraph else {
            report(document.startLine(of: item), "phrase is empty", hint: "write the phrase after the `- `")
            return nil
        }
        // The first line is the phrase; the rest of the paragraph and any further blocks are the reason.
        var first = "", rest = ""
        var inReason = false
        for child in document.children(of: paragraph) {
            let type = document.type(of: child)
            if !inReason, type == .softBreak || type == .lineBreak {
                inReason = true
                continue
            }
            let text = document.plainText(of: child)
            if inReason { rest += text } else { first += text }
        }
        let more = document.children(of: item).dropFirst().map { document.plainText(of: $0) }.joined(separator: " ")
        let reason = [rest, more].filter { !$0.isEmpty }.joined(separator: " ").trimmingCharacters(in: .whitespaces)

        let sides = Self.split(first)
        if sides.count > 2 {
            report(document.startLine(of: item), "a phrase has at most one arrow; this one has \(sides.count - 1)",
                   hint: "write one rewrite per item: `\"avoid\" → \"say\"`")
            return nil
        }
        let cleaned = sides.map(Self.unquoted)
        if cleaned.contains(where: \.isEmpty) {
            report(document.startLine(of: item), sides.count == 2 ? "one side of this rewrite is empty" : "phrase is empty",
                   hint: "write both sides: `\"what to avoid\" → \"what to say\"`")
            return nil
        }
        if cleaned.count == 2 {
            return Phrase(avoid: cleaned[0], say: cleaned[1], reason: reason, line: line)
        }
        return Phrase(avoid: nil, say: cleaned[0], reason: reason, line: line)
    }

    /// Splits at `→` or `->`.
    static func split(_ text: String) -> [String] {
        text.replacingOccurrences(of: "->", with: "→").components(separatedBy: "→")
    }

    /// Drops surrounding whitespace and straight or curly double quotes.
    static func unquoted(_ text: String) -> String {
        // The marks smart punctuation may have made of straight quotes in any language,
        // with the narrow no-break space French puts inside them.
        let spaces = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{202F}\u{A0}"))
        var result = text.trimmingCharacters(in: spaces)
        let quotes: Set<Character> = ["\"", "“", "”", "„", "«", "»", "「", "」"]
        if let first = result.first, quotes.contains(first) { result.removeFirst() }
        if let last = result.last, quotes.contains(last) { result.removeLast() }
        return result.trimmingCharacters(in: spaces)
    }

    private mutating func report(_ line: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line + lineOffset, column: 1, message, hint: hint))
    }
}
