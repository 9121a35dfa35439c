import CommonMark
import Course

/// Several `[x]`: a multiple-choice question, graded all or nothing.
enum MultipleChoice: QuestionType {
    static let name = "multiple"
    static let interactionType = "choice"

    static func recognizes(_ list: OptionList) -> Bool {
        list.checkboxes == list.count && list.correct > 1
    }

    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        ChoiceOptions.read(items, in: &document, &context)
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    /// The right options' keys, sorted, joined by commas.
    static func rightResponses(of question: Question, keys: [String]) -> [String] {
        [ChoiceOptions.correctKeys(of: question, keys: keys).sorted().joined(separator: ",")]
    }

    static func review(of question: Question, keys: [String]) -> [String] {
        ChoiceOptions.correctKeys(of: question, keys: keys)
    }

    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation) {
        ChoiceOptions.present(options, inputType: "checkbox")
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ChoiceOptions.answer(of: question)
    }

    /// The chosen options' keys.
    static func largestStoredAnswer(options: Int) -> Int { keyListLength(options) }
}
