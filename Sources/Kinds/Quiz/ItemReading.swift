import CommonMark
import Course

/// Reading the items of a question's list: how each is written, and its parts without
/// the marker that says so (`[x]`, `=`, `Model answer:`).
enum ItemReading {
    /// How an item is written, from the start of its first paragraph.
    static func form(of item: Node, in document: borrowing Document) -> ItemForm {
        guard let paragraph = document.firstChild(of: item), document.type(of: paragraph) == .paragraph else { return .plain }
        let start = leadingText(of: paragraph, in: document, upTo: 16)
        if start.hasPrefix("[x]") || start.hasPrefix("[X]") { return .checkbox(isCorrect: true) }
        if start.hasPrefix("[ ]") { return .checkbox(isCorrect: false) }
        if start.hasPrefix("=") { return .accepted }
        if start.lowercased().hasPrefix("model answer:") { return .modelAnswer }
        let text = document.plainText(of: paragraph)
        if text.contains("→") || text.contains("->") { return .pair }
        return .plain
    }

    /// The text of a paragraph's leading text nodes (cmark splits `[x]` into several),
    /// at least `count` characters of it when there are.
    static func leadingText(of paragraph: Node, in document: borrowing Document, upTo count: Int) -> String {
        var text = ""
        for child in document.children(of: paragraph) {
            guard document.type(of: child) == .text else { break }
            text += document.literal(of: child) ?? ""
            if text.count >= count { break }
        }
        return text
    }

    /// Removes the first `count` characters of a paragraph (a marker) and the spaces after.
    static func strip(_ count: Int, from paragraph: Node, in document: inout Document) {
        var remaining = count
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

    /// A choice or an item to put in order: its content, its feedback and its line; an
    /// empty one is reported.
    static func option(_ item: Node, isCorrect: Bool, in document: borrowing Document, _ context: inout QuestionContext) -> AnswerOption {
        let (content, text, feedback) = contentAndFeedback(of: item, in: document, allowsRawHTML: context.allowsRawHTML)
        let line = document.startLine(of: item) + context.lineOffset
        if text.isEmpty { context.report(line, "option is empty", hint: "write the option's text after the marker") }
        return AnswerOption(content: content, feedback: feedback, isCorrect: isCorrect, text: text, line: line)
    }

    /// An item's content without its feedback (its blockquote), and that feedback.
    static func contentAndFeedback(of item: Node, in document: borrowing Document, allowsRawHTML: Bool)
        -> (content: HTMLFragment, text: String, feedback: HTMLFragment?) {
        let children = document.children(of: item)
        let feedback = children.first { document.type(of: $0) == .blockQuote }
        let content = children.filter { $0 != feedback }
        return (inline(content, in: document, allowsRawHTML: allowsRawHTML), document.plainText(of: content).trimmingSpaces(),
                feedback.map { document.fragment(of: document.children(of: $0), allowRawHTML: allowsRawHTML) })
    }

    /// An item is usually one paragraph: its content without the `<p>`.
    static func inline(_ nodes: [Node], in document: borrowing Document, allowsRawHTML: Bool) -> HTMLFragment {
        if nodes.count == 1, let only = nodes.first, document.type(of: only) == .paragraph {
            return document.innerFragment(of: only, allowRawHTML: allowsRawHTML)
        }
        return document.fragment(of: nodes, allowRawHTML: allowsRawHTML)
    }

    /// Plain text as an HTML fragment, for parts shown as text (a matching pair's sides).
    static func text(_ text: String) -> HTMLFragment {
        HTMLFragment(text: text)
    }

    /// Reports options whose texts are the same (after `key`), at the second one.
    static func reportDuplicates(_ options: [AnswerOption], key: (String) -> String = { $0.lowercased() },
                                 what: String = "option", _ context: inout QuestionContext) {
        var seen: [String: Int] = [:]
        for option in options where !option.text.isEmpty {
            if let first = seen[key(option.text)] {
                context.report(option.line, "duplicate \(what) '\(option.text)' (also on line \(first))",
                               hint: "each \(what) of a question must be different")
            } else {
                seen[key(option.text)] = option.line
            }
        }
    }
}
