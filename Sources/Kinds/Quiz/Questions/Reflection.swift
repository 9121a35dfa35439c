import CommonMark
import Course

/// One item starting `Model answer:`: the trainee writes a reply, then may reveal the model
/// answer and its checklist (a list under it) to compare. It never counts in a score.
enum Reflection: QuestionType {
    static let name = "reflection"
    static let interactionType = "performance"
    static let isGraded = false

    static func recognizes(_ list: OptionList) -> Bool {
        list.count == 1 && list.all(.modelAnswer)
    }

    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        items.map { item in
            let line = document.startLine(of: item) + context.lineOffset
            if let paragraph = document.firstChild(of: item) { ItemReading.strip("Model answer:".count, from: paragraph, in: &document) }
            let children = document.children(of: item)
            let lists = children.filter { document.type(of: $0) == .list }
            let answer = children.filter { document.type(of: $0) != .list }
            let text = document.plainText(of: answer).trimmingSpaces()
            if text.isEmpty { context.report(line, "the model answer is empty", hint: "write it after `Model answer:`") }
            let checklist = lists.flatMap { document.children(of: $0) }.map { item in
                ItemReading.inline(document.children(of: item), in: document, allowsRawHTML: context.allowsRawHTML)
            }
            return AnswerOption(content: ItemReading.inline(answer, in: document, allowsRawHTML: context.allowsRawHTML), feedback: nil,
                                isCorrect: true, text: text, checklist: checklist, line: line)
        }
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    static func rightResponses(of question: Question, keys: [String]) -> [String] { [] }

    static func review(of question: Question, keys: [String]) -> [String] { [] }

    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation) {
        (options, QuestionPresentation(inputType: "textarea", flags: ["isReflection"]))
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ([0], question.options.map(\.text))
    }

    /// A reply is kept in the trainee's browser only, never in an LMS.
    static func largestStoredAnswer(options: Int) -> Int { 0 }
}
