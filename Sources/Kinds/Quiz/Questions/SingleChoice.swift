import CommonMark
import Course

/// One `[x]` among `[ ]` options: a single-choice question (true/false is a two-option one).
enum SingleChoice: QuestionType {
    static let name = "single"
    static let interactionType = "choice"

    static func recognizes(_ list: OptionList) -> Bool {
        list.checkboxes == list.count && list.correct == 1
    }

    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        ChoiceOptions.read(items, in: &document, &context)
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    /// The key of the right option.
    static func rightResponses(of question: Question, keys: [String]) -> [String] {
        ChoiceOptions.correctKeys(of: question, keys: keys)
    }

    static func review(of question: Question, keys: [String]) -> [String] {
        ChoiceOptions.correctKeys(of: question, keys: keys)
    }

    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation) {
        ChoiceOptions.present(options, inputType: "radio")
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ChoiceOptions.answer(of: question)
    }

    /// The chosen option's key: `["key"]`.
    static func largestStoredAnswer(options: Int) -> Int { keyListLength(1) }
}
