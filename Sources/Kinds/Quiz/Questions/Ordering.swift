import CommonMark
import Course

/// A numbered list without checkboxes, written in the right order: the page shows it
/// shuffled, and the trainee puts it back in order with Move up and Move down.
enum Ordering: QuestionType {
    static let name = "ordering"
    static let interactionType = "sequencing"

    static func recognizes(_ list: OptionList) -> Bool {
        list.isNumbered && list.checkboxes == 0 && !list.contains(.accepted) && !list.contains(.modelAnswer)
    }

    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        let options = items.map { ItemReading.option($0, isCorrect: false, in: document, &context) }
        ItemReading.reportDuplicates(options, &context)
        return options
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? {
        guard options.count < 2 else { return nil }
        return ("an ordering question needs at least two items", "list the steps in their correct order as `1. …`, `2. …`")
    }

    /// The items' keys in the right order, joined by commas.
    static func rightResponses(of question: Question, keys: [String]) -> [String] {
        [keys.joined(separator: ",")]
    }

    static func review(of question: Question, keys: [String]) -> [String] {
        keys
    }

    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation) {
        // Shown in a fixed shuffle that never gives the answer away.
        let shuffled = AnswerKey.permutation(options.count, seed: seed).map { options[$0] }
        return (shuffled, QuestionPresentation(inputType: "radio", flags: ["isOrdering"]))
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ([], question.options.map(\.text))
    }

    /// Every item's key, in the order given.
    static func largestStoredAnswer(options: Int) -> Int { keyListLength(options) }
}
