import CommonMark
import Foundation

/// Reads `type: phrasebank`: each `##` a situation, each list item a phrase, `"avoid" →
/// "say"` a rewrite (`->` works too), and the text after the first line the reason.
struct PhraseBankParser {
    let file: String
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func parse(_ document: Document, line: Int) -> PhraseBank {
        var bank = PhraseBank(sections: [], intro: [])
        var ids = HeadingIDs()
        var itemCount = 0
        for node in document.node.children {
            if node.type == .heading, node.headingLevel == 2 {
                let title = node.plainText
                bank.sections.append(.init(title: title, id: ids.id(for: title), phrases: []))
            } else if node.type == .list {
                itemCount += node.children.count
                guard !bank.sections.isEmpty else {
                    report(node.startLine, "phrases must come under a `## situation` heading",
                           hint: "add a heading such as `## When the customer is shouting` above the list")
                    continue
                }
                for item in node.children {
                    if let phrase = phrase(item) { bank.sections[bank.sections.count - 1].phrases.append(phrase) }
                }
            } else if bank.sections.isEmpty {
                bank.intro.append(node)
            }
        }
        if itemCount == 0 {
            diagnostics.append(.error(file, line: line, column: 1, "phrase bank has no phrases",
                                      hint: "add `## A situation` and under it items like `- \"Calm down.\" → \"I can hear how upsetting this is.\"`"))
        }
        return bank
    }

    private mutating func phrase(_ item: Node) -> Phrase? {
        let line = item.startLine + lineOffset
        guard let paragraph = item.firstChild, paragraph.type == .paragraph else {
            report(item.startLine, "phrase is empty", hint: "write the phrase after the `- `")
            return nil
        }
        // The first line is the phrase; the rest of the paragraph and any further blocks are the reason.
        var first = "", rest = ""
        var inReason = false
        for child in paragraph.children {
            if !inReason, child.type == .softBreak || child.type == .lineBreak {
                inReason = true
                continue
            }
            let text = child.plainText
            if inReason { rest += text } else { first += text }
        }
        let more = item.children.dropFirst().map(\.plainText).joined(separator: " ")
        let reason = [rest, more].filter { !$0.isEmpty }.joined(separator: " ").trimmingCharacters(in: .whitespaces)

        let sides = Self.split(first)
        if sides.count > 2 {
            report(item.startLine, "a phrase has at most one arrow; this one has \(sides.count - 1)",
                   hint: "write one rewrite per item: `\"avoid\" → \"say\"`")
            return nil
        }
        let cleaned = sides.map(Self.unquoted)
        if cleaned.contains(where: \.isEmpty) {
            report(item.startLine, sides.count == 2 ? "one side of this rewrite is empty" : "phrase is empty",
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
        var result = text.trimmingCharacters(in: .whitespaces)
        let quotes: Set<Character> = ["\"", "“", "”"]
        if let first = result.first, quotes.contains(first) { result.removeFirst() }
        if let last = result.last, quotes.contains(last) { result.removeLast() }
        return result.trimmingCharacters(in: .whitespaces)
    }

    private mutating func report(_ line: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line + lineOffset, column: 1, message, hint: hint))
    }
}
