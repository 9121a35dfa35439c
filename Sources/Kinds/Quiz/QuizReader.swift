import CommonMark
import Course
import Foundation

/// Reads the quiz syntax from a tree whose links are already marked: each `##` a question
/// (a `#` heading opens a section of the bank), then the list whose form says the type of
/// question (`QuestionTypes`), a blockquote in an option as its feedback, text after the
/// list as the explanation, and `Objective: …` lines or an `{#objective}` tag naming what
/// the question tests. Every mistake becomes a diagnostic at its line; the parts come out
/// as HTML fragments.
struct QuizReader {
    private(set) var context: QuestionContext
    var diagnostics: [Diagnostic] { context.diagnostics }

    init(file: String, lineOffset: Int, allowsRawHTML: Bool) {
        context = QuestionContext(file: file, lineOffset: lineOffset, allowsRawHTML: allowsRawHTML)
    }

    mutating func read(_ document: inout Document, id: String, isInline: Bool, line: Int) -> Quiz {
        var intro: [Node] = []
        var sections: [QuizSection] = []
        var parts: [(heading: Node, blocks: [Node], section: String?)] = []
        var ids = HeadingIDs()
        for node in document.children(of: document.root) {
            let isHeading = document.type(of: node) == .heading
            if isHeading, document.headingLevel(of: node) == 1 {
                let title = document.plainText(of: node).trimmingSpaces()
                sections.append(QuizSection(id: ids.id(for: title), title: title, line: document.startLine(of: node) + context.lineOffset))
            } else if isHeading, document.headingLevel(of: node) == 2 {
                parts.append((node, [], sections.last?.id))
            } else if let section = sections.last, parts.last?.section != section.id {
                // Text under a section's heading, before its first question.
                context.diagnostics.append(.warning(
                    context.file, line: document.startLine(of: node) + context.lineOffset, column: 1,
                    "text under a section heading is not shown",
                    hint: "a `#` heading groups the questions after it; put text for the trainee above the first heading, or in a question"))
            } else if parts.isEmpty {
                intro.append(node)
            } else {
                parts[parts.count - 1].blocks.append(node)
            }
        }
        var questions: [Question] = []
        for part in parts {
            if let question = question(heading: part.heading, blocks: part.blocks, section: part.section, in: &document) {
                questions.append(question)
            }
        }
        if parts.isEmpty {
            context.diagnostics.append(.error(
                context.file, line: line, column: 1, isInline ? "knowledge check has no questions" : "quiz has no questions",
                hint: "start each question with a `## ` heading followed by a list of `- [x]`/`- [ ]` options"))
        }
        return Quiz(id: id, intro: document.fragment(of: intro, allowRawHTML: context.allowsRawHTML), questions: questions,
                    sections: sections, isInline: isInline, line: line)
    }

    private mutating func question(heading: Node, blocks: [Node], section: String?, in document: inout Document) -> Question? {
        let line = document.startLine(of: heading) + context.lineOffset
        var objectives = Self.takeTag(from: heading, in: &document).map { [$0] } ?? []
        let promptText = document.plainText(of: heading)
        if promptText.trimmingSpaces().isEmpty {
            context.report(line, "question is empty", hint: "write the question after the `## `")
            return nil
        }
        var blocks = blocks
        blocks.removeAll { block in
            guard let named = Self.objectiveLines(block, in: document) else { return false }
            objectives += named
            return true
        }
        let lists = blocks.filter { document.type(of: $0) == .list }
        guard let list = lists.first else {
            context.report(line, "question has no list of options",
                           hint: "add options under it: `- [x] right answer` and `- [ ] wrong answer`, or a numbered list to put in order")
            return nil
        }
        for extra in lists.dropFirst() {
            context.report(document.startLine(of: extra) + context.lineOffset, "a question has one list of options; this is a second list",
                           hint: "merge the lists, or start a new question with `## `")
        }
        let listIndex = blocks.firstIndex(of: list) ?? 0
        let items = document.children(of: list)
        let shape = OptionList(forms: items.map { ItemReading.form(of: $0, in: document) }, isNumbered: document.isOrderedList(list))
        guard let type = QuestionTypes.all.first(where: { $0.recognizes(shape) }) else {
            reportUnknownForm(shape, items: items, list: list, questionLine: line, in: document)
            return nil
        }
        let options = type.readOptions(items, in: &document, &context)
        if let (message, hint) = type.problem(with: options) {
            context.report(document.startLine(of: list) + context.lineOffset, message, hint: hint)
            return nil
        }
        var after = Array(blocks[(listIndex + 1)...]).filter { document.type(of: $0) != .list }
        var wrongFeedback: HTMLFragment?
        if type == TypedAnswer.self, let quote = after.first(where: { document.type(of: $0) == .blockQuote }) {
            wrongFeedback = document.fragment(of: document.children(of: quote), allowRawHTML: context.allowsRawHTML)
            after.removeAll { $0 == quote }
        }
        return Question(type: type, prompt: document.innerFragment(of: heading, allowRawHTML: context.allowsRawHTML), promptText: promptText,
                        details: document.fragment(of: Array(blocks[..<listIndex]), allowRawHTML: context.allowsRawHTML),
                        options: options, wrongFeedback: wrongFeedback,
                        explanation: document.fragment(of: after, allowRawHTML: context.allowsRawHTML),
                        section: section, objectives: objectives, line: line)
    }

    /// Why no type reads a list, said as what to write instead.
    private mutating func reportUnknownForm(_ shape: OptionList, items: [Node], list: Node, questionLine: Int, in document: borrowing Document) {
        let listLine = document.startLine(of: list) + context.lineOffset
        func line(ofFirst wanted: (ItemForm) -> Bool) -> Int {
            zip(items, shape.forms).first { wanted($0.1) }.map { document.startLine(of: $0.0) + context.lineOffset } ?? listLine
        }
        if shape.checkboxes > 0, shape.checkboxes < shape.count {
            context.report(line { if case .checkbox = $0 { return false } else { return true } },
                           "this list mixes checkbox options and plain items",
                           hint: "start every option with `[x]` or `[ ]`, or use a numbered list without checkboxes for an ordering question")
        } else if shape.checkboxes > 0 {
            context.report(questionLine, "question has no correct option", hint: "mark the right answer with `[x]`")
        } else if shape.contains(.modelAnswer) {
            context.report(listLine, "a reflection has one item, its model answer",
                           hint: "write `- Model answer: …` alone, with a checklist as a list under it if you want one")
        } else if shape.contains(.accepted) {
            context.report(line { $0 != .accepted }, "this list mixes accepted answers (`= …`) and other items",
                           hint: "for a typed answer, start every item with `=`: `- = mirroring`")
        } else if shape.contains(.pair), !shape.isNumbered {
            context.report(line { $0 != .pair }, "a matching question pairs every item",
                           hint: "write each item as `left → right`")
        } else {
            context.report(listLine, "options need `[x]` (correct) or `[ ]` (wrong)",
                           hint: "write `- [x] …` for correct options; a numbered list `1. …` to put in order; `- = answer` for a typed answer; `- left → right` to match; `- Model answer: …` for a reflection")
        }
    }

    // MARK: Objectives

    /// `{#objective-id}` at the end of a question's heading: taken out, and returned.
    private static func takeTag(from heading: Node, in document: inout Document) -> String? {
        guard let last = document.lastChild(of: heading), document.type(of: last) == .text,
              var literal = document.literal(of: last), literal.hasSuffix("}"),
              let open = literal.range(of: "{#", options: .backwards) else { return nil }
        let tag = String(literal[open.upperBound..<literal.index(before: literal.endIndex)]).trimmingSpaces()
        guard !tag.isEmpty, !tag.contains(" ") else { return nil }
        literal.removeSubrange(open.lowerBound...)
        literal = String(Substring(literal).trimmingTrailingWhitespace)
        if literal.isEmpty { document.remove(last) } else { document.setLiteral(literal, of: last) }
        return tag
    }

    /// The objectives a paragraph `Objective: …` names, or nil for any other block.
    /// Lines written one under the other make one paragraph: each `Objective:` in it
    /// starts another objective.
    private static func objectiveLines(_ block: Node, in document: borrowing Document) -> [String]? {
        guard document.type(of: block) == .paragraph else { return nil }
        let text = document.plainText(of: block).trimmingSpaces()
        guard text.lowercased().hasPrefix("objective:") else { return nil }
        var objectives: [String] = []
        var rest = text[...]
        while let marker = rest.range(of: "objective:", options: .caseInsensitive) {
            let next = rest[marker.upperBound...].range(of: "objective:", options: .caseInsensitive)
            let objective = String(rest[marker.upperBound..<(next?.lowerBound ?? rest.endIndex)]).trimmingSpaces()
            if !objective.isEmpty { objectives.append(objective) }
            rest = rest[(next?.lowerBound ?? rest.endIndex)...]
        }
        return objectives
    }
}
