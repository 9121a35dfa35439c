import CommonMark
import Foundation

/// Reads the quiz syntax: each `##` a question, a list of `[x]`/`[ ]` options (a numbered
/// list for ordering), a blockquote in an option as its feedback, text after the list as
/// the explanation. Every mistake becomes a diagnostic at its line.
struct QuizParser {
    let file: String
    /// Added to the tree's line numbers to get lines of the file.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func parse(_ document: Document, id: String, isInline: Bool, line: Int) -> Quiz {
        let parts = HeadingSections(document)
        let intro = parts.intro
        let sections = parts.sections
        let questions = sections.compactMap { question(heading: $0.heading, blocks: $0.blocks) }
        if sections.isEmpty {
            diagnostics.append(.error(file, line: line, column: 1, isInline ? "knowledge check has no questions" : "quiz has no questions",
                                      hint: "start each question with a `## ` heading followed by a list of `- [x]`/`- [ ]` options"))
        }
        return Quiz(id: id, document: document, intro: intro, questions: questions, isInline: isInline, placeholder: nil, line: line)
    }

    private mutating func question(heading: Node, blocks: [Node]) -> Question? {
        let line = heading.startLine + lineOffset
        if heading.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
            report(line, "question is empty", hint: "write the question after the `## `")
            return nil
        }
        let lists = blocks.filter { $0.type == .list }
        guard let list = lists.first else {
            report(line, "question has no list of options",
                   hint: "add options under it: `- [x] right answer` and `- [ ] wrong answer`, or a numbered list to put in order")
            return nil
        }
        for extra in lists.dropFirst() {
            report(extra.startLine + lineOffset, "a question has one list of options; this is a second list",
                   hint: "merge the lists, or start a new question with `## `")
        }
        let listIndex = blocks.firstIndex(of: list) ?? 0
        let details = Array(blocks[..<listIndex])
        let explanation = Array(blocks[(listIndex + 1)...]).filter { $0.type != .list }

        let items = list.children
        let markers = items.map(Self.marker)
        let marked = markers.filter { $0 != nil }.count
        if marked > 0, marked < items.count, let plain = items.first(where: { Self.marker($0) == nil }) {
            report(plain.startLine + lineOffset, "this list mixes checkbox options and plain items",
                   hint: "start every option with `[x]` or `[ ]`, or use a numbered list without checkboxes for an ordering question")
            return nil
        }
        let kind: Question.Kind
        if marked == 0 {
            guard list.isOrderedList else {
                report(list.startLine + lineOffset, "options need `[x]` (correct) or `[ ]` (wrong)",
                       hint: "write `- [x] …` for correct options; for an ordering question use a numbered list `1. …`")
                return nil
            }
            guard items.count >= 2 else {
                report(list.startLine + lineOffset, "an ordering question needs at least two items",
                       hint: "list the steps in their correct order as `1. …`, `2. …`")
                return nil
            }
            kind = .ordering
        } else {
            let correct = markers.filter { $0 == true }.count
            guard correct > 0 else {
                report(line, "question has no correct option", hint: "mark the right answer with `[x]`")
                return nil
            }
            kind = correct == 1 ? .single : .multiple
        }

        var options: [Option] = []
        var seen: [String: Int] = [:]
        for (item, isCorrect) in zip(items, markers) {
            if isCorrect != nil, let paragraph = item.firstChild { Self.stripMarker(from: paragraph) }
            let feedback = item.children.first { $0.type == .blockQuote }
            let content = item.children.filter { $0 != feedback }
            let text = Node.plainText(of: content).trimmingCharacters(in: .whitespaces)
            let itemLine = item.startLine + lineOffset
            if text.isEmpty {
                report(itemLine, "option is empty", hint: "write the option's text after the marker")
            }
            let key = text.lowercased()
            if let first = seen[key] {
                report(itemLine, "duplicate option '\(text)' (also on line \(first))", hint: "each option of a question must be different")
            } else {
                seen[key] = itemLine
            }
            options.append(Option(content: content, feedback: feedback, isCorrect: isCorrect ?? false, text: text, line: itemLine))
        }
        return Question(kind: kind, prompt: heading, details: details, options: options, explanation: explanation, line: line)
    }

    /// true for `[x]`, false for `[ ]`, nil for an item without a checkbox.
    private static func marker(_ item: Node) -> Bool? {
        guard let paragraph = item.firstChild, paragraph.type == .paragraph else { return nil }
        let start = leadingText(of: paragraph).prefix(4)
        if start.hasPrefix("[x]") || start.hasPrefix("[X]") { return true }
        if start.hasPrefix("[ ]") { return false }
        return nil
    }

    /// cmark splits `[x]` into several text nodes; join the leading ones.
    private static func leadingText(of paragraph: Node) -> String {
        var text = ""
        for child in paragraph.children {
            guard child.type == .text else { break }
            text += child.literal ?? ""
            if text.count >= 4 { break }
        }
        return text
    }

    /// Removes `[x]` and the spaces after it from the start of the paragraph.
    private static func stripMarker(from paragraph: Node) {
        var remaining = 3
        var trimSpaces = true
        for child in paragraph.children {
            guard child.type == .text, var literal = child.literal else { break }
            let cut = min(remaining, literal.count)
            literal.removeFirst(cut)
            remaining -= cut
            if remaining == 0, trimSpaces {
                literal = String(literal.drop { $0 == " " })
                trimSpaces = literal.isEmpty
            }
            if literal.isEmpty {
                child.remove()
            } else {
                child.literal = literal
            }
            if remaining == 0, !trimSpaces { break }
        }
    }

    private mutating func report(_ line: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line, column: 1, message, hint: hint))
    }
}
