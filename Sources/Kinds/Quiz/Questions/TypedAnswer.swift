import CommonMark
import Course
import Foundation

/// Items that start with `=` are the answers accepted: the trainee types one. Case, spaces
/// around and between words, a final full stop and how accents are encoded do not matter.
/// The blockquote after the list is what a wrong answer is told.
enum TypedAnswer: QuestionType {
    static let name = "typed"
    static let interactionType = "fill-in"
    /// The longest answer the page lets a trainee type (the input's `maxlength`).
    static let maxLength = 100

    static func recognizes(_ list: OptionList) -> Bool {
        list.all(.accepted)
    }

    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        var options: [AnswerOption] = []
        for item in items {
            let line = document.startLine(of: item) + context.lineOffset
            let paragraph = document.firstChild(of: item)
            let written = paragraph.map { document.plainText(of: $0) } ?? ""
            let text = String(written.drop { $0 != "=" }.dropFirst()).trimmingSpaces()
            if normalized(text).isEmpty {
                context.report(line, "accepted answer is empty", hint: "write the answer after the `=`, e.g. `- = mirroring`")
            } else if text.utf16.count > maxLength {
                context.report(line, "an accepted answer longer than \(maxLength) characters cannot be typed",
                               hint: "a typed answer is a word or a short phrase; ask for a longer reply with a reflection (`- Model answer: …`)")
            }
            if document.children(of: item).count > 1 {
                context.report(line, "an accepted answer is one line of text",
                               hint: "put what a wrong answer is told in a blockquote after the list")
            }
            options.append(AnswerOption(content: .init(text: text), feedback: nil, isCorrect: true, text: text, line: line))
        }
        ItemReading.reportDuplicates(options, key: normalized, what: "accepted answer", &context)
        return options
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    /// Every accepted answer, as the script normalises what the trainee typed.
    static func rightResponses(of question: Question, keys: [String]) -> [String] {
        Array(Set(question.options.map { normalized($0.text) }).filter { !$0.isEmpty }).sorted()
    }

    static func review(of question: Question, keys: [String]) -> [String] {
        question.options.map(\.text)
    }

    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation) {
        // The accepted answers are never in the page: only their salted hashes are.
        ([], QuestionPresentation(inputType: "text", flags: ["isTyped"]))
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        (Array(question.options.indices), question.options.map(\.text))
    }

    /// Lower case, composed accents (NFC), single spaces, and at the ends no spaces, no
    /// quotation marks and no final punctuation (`"Mirroring."` is `mirroring`): quiz.js
    /// normalises a typed answer the same way before hashing it.
    static func normalized(_ text: String) -> String {
        let words = text.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace)
        var joined = words.joined(separator: " ")
        while true {
            if let last = joined.last, (finalPunctuation + quotationMarks + " ").contains(last) {
                joined.removeLast()
            } else if let first = joined.first, (quotationMarks + " ").contains(first) {
                joined.removeFirst()
            } else {
                return joined
            }
        }
    }

    static let finalPunctuation = ".!?,;:…"
    static let quotationMarks = "\"'“”‘’«»"

    /// What was typed, as a JSON string: at most `maxLength` characters, each of which may
    /// be escaped (`\"`, `\\\\`); scorm.js drops control characters, which would take six.
    static func largestStoredAnswer(options: Int) -> Int { 2 + 2 * maxLength }
}
