import CommonMark
import Course

/// Reads the quiz syntax from a tree whose links are already marked: each `##` a
/// question, a list of `[x]`/`[ ]` options (a numbered list for ordering), a blockquote in
/// an option as its feedback, text after the list as the explanation. Every mistake
/// becomes a diagnostic at its line; the parts come out as HTML fragments.
struct QuizReader {
    let file: String
    /// Added to the tree's line numbers to get lines of the file.
    let lineOffset: Int
    let allowsRawHTML: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int, allowsRawHTML: Bool) {
        self.file = file
        self.lineOffset = lineOffset
        self.allowsRawHTML = allowsRawHTML
    }

    mutating func read(_ document: inout Document, id: String, isInline: Bool, line: Int) -> Quiz {
        let parts = HeadingSections(document)
        var questions: [Question] = []
        for section in parts.sections {
            if let question = question(heading: section.heading, blocks: section.blocks, in: &document) { questions.append(question) }
        }
        if parts.sections.isEmpty {
            diagnostics.append(.error(file, line: line, column: 1, isInline ? "knowledge check has no questions" : "quiz has no questions",
                                      hint: "start each question with a `## ` heading followed by a list of `- [x]`/`- [ ]` options"))
        }
        return Quiz(id: id, intro: document.fragment(of: parts.intro, allowRawHTML: allowsRawHTML), questions: questions,
                    isInline: isInline, line: line)
    }

    private mutating func question(heading: Node, blocks: [Node], in document: inout Document) -> Question? {
        let line = document.startLine(of: heading) + lineOffset
        let promptText = document.plainText(of: heading)
        if promptText.trimmingSpaces().isEmpty {
            report(line, "question is empty", hint: "write the question after the `## `")
            return nil
        }
        let lists = blocks.filter { document.type(of: $0) == .list }
        guard let list = lists.first else {
            report(line, "question has no list of options",
                   hint: "add options under it: `- [x] right answer` and `- [ ] wrong answer`, or a numbered list to put in order")
            return nil
        }
        for extra in lists.dropFirst() {
            report(document.startLine(of: extra) + lineOffset, "a question has one list of options; this is a second list",
                   hint: "merge the lists, or start a new question with `## `")
        }
        let listIndex = blocks.firstIndex(of: list) ?? 0
        let items = document.children(of: list)
        let markers = items.map { Self.marker($0, in: document) }
        let shape = OptionList(markers: markers, isNumbered: document.isOrderedList(list))
        let listLine = document.startLine(of: list) + lineOffset
        if shape.marked > 0, shape.marked < shape.count, let plain = items.first(where: { Self.marker($0, in: document) == nil }) {
            report(document.startLine(of: plain) + lineOffset, "this list mixes checkbox options and plain items",
                   hint: "start every option with `[x]` or `[ ]`, or use a numbered list without checkboxes for an ordering question")
            return nil
        }
        guard let type = QuestionTypes.all.first(where: { $0.recognizes(shape) }) else {
            if shape.marked == 0 {
                report(listLine, "options need `[x]` (correct) or `[ ]` (wrong)",
                       hint: "write `- [x] …` for correct options; for an ordering question use a numbered list `1. …`")
            } else {
                report(line, "question has no correct option", hint: "mark the right answer with `[x]`")
            }
            return nil
        }

        var options: [AnswerOption] = []
        var seen: [String: Int] = [:]
        for (item, isCorrect) in zip(items, markers) {
            if isCorrect != nil, let paragraph = document.firstChild(of: item) { Self.stripMarker(from: paragraph, in: &document) }
            let children = document.children(of: item)
            let feedback = children.first { document.type(of: $0) == .blockQuote }
            let content = children.filter { $0 != feedback }
            let text = document.plainText(of: content).trimmingSpaces()
            let itemLine = document.startLine(of: item) + lineOffset
            if text.isEmpty {
                report(itemLine, "option is empty", hint: "write the option's text after the marker")
            }
            let key = text.lowercased()
            if let first = seen[key] {
                report(itemLine, "duplicate option '\(text)' (also on line \(first))", hint: "each option of a question must be different")
            } else {
                seen[key] = itemLine
            }
            options.append(AnswerOption(content: inline(content, in: document),
                                  feedback: feedback.map { document.fragment(of: document.children(of: $0), allowRawHTML: allowsRawHTML) },
                                  isCorrect: isCorrect ?? false, text: text, line: itemLine))
        }
        if let (message, hint) = type.problem(with: options) {
            report(listLine, message, hint: hint)
            return nil
        }
        let explanation = Array(blocks[(listIndex + 1)...]).filter { document.type(of: $0) != .list }
        return Question(type: type, prompt: document.innerFragment(of: heading, allowRawHTML: allowsRawHTML), promptText: promptText,
                        details: document.fragment(of: Array(blocks[..<listIndex]), allowRawHTML: allowsRawHTML), options: options,
                        explanation: document.fragment(of: explanation, allowRawHTML: allowsRawHTML), line: line)
    }

    /// An option is usually one paragraph: its content without the `<p>`.
    private func inline(_ nodes: [Node], in document: borrowing Document) -> HTMLFragment {
        if nodes.count == 1, let only = nodes.first, document.type(of: only) == .paragraph {
            return document.innerFragment(of: only, allowRawHTML: allowsRawHTML)
        }
        return document.fragment(of: nodes, allowRawHTML: allowsRawHTML)
    }

    /// true for `[x]`, false for `[ ]`, nil for an item without a checkbox.
    private static func marker(_ item: Node, in document: borrowing Document) -> Bool? {
        guard let paragraph = document.firstChild(of: item), document.type(of: paragraph) == .paragraph else { return nil }
        // cmark splits `[x]` into several text nodes; join the leading ones.
        var text = ""
        for child in document.children(of: paragraph) {
            guard document.type(of: child) == .text else { break }
            text += document.literal(of: child) ?? ""
            if text.count >= 4 { break }
        }
        let start = text.prefix(4)
        if start.hasPrefix("[x]") || start.hasPrefix("[X]") { return true }
        if start.hasPrefix("[ ]") { return false }
        return nil
    }

    /// Removes `[x]` and the spaces after it from the start of the paragraph.
    private static func stripMarker(from paragraph: Node, in document: inout Document) {
        var remaining = 3
        var trimSpaces = true
        for child in document.children(of: paragraph) {
            guard document.type(of: child) == .text, var literal = document.literal(of: child) else { break }
            let cut = min(remaining, literal.count)
            literal.removeFirst(cut)
            remaining -= cut
            if remaining == 0, trimSpaces {
                literal = String(literal.drop { $0 == " " })
                trimSpaces = literal.isEmpty
            }
            if literal.isEmpty {
                document.remove(child)
            } else {
                document.setLiteral(literal, of: child)
            }
            if remaining == 0, !trimSpaces { break }
        }
    }

    private mutating func report(_ line: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line, column: 1, message, hint: hint))
    }
}
