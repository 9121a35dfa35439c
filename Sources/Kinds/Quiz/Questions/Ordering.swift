/// A numbered list without checkboxes, written in the right order: the page shows it
/// shuffled, and the trainee puts it back in order with Move up and Move down.
enum Ordering: QuestionType {
    static let name = "ordering"
    static let instruction = "Put these in the right order with the Move up and Move down buttons."

    static func recognizes(_ list: OptionList) -> Bool {
        list.marked == 0 && list.isNumbered
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? {
        guard options.count < 2 else { return nil }
        return ("an ordering question needs at least two items", "list the steps in their correct order as `1. …`, `2. …`")
    }

    static func present(_ question: Question, options: [OptionValues], keys: [String], salt: String,
                        number: Int) -> ([OptionValues], QuestionPresentation) {
        var options = options
        for index in options.indices {
            options[index].check = AnswerKey.hash("\(salt):\(keys[index]):@\(index)")
        }
        // Shown in a fixed shuffle that never gives the answer away.
        let shuffled = AnswerKey.permutation(options.count, seed: "\(salt):\(number)").map { options[$0] }
        return (shuffled, QuestionPresentation(inputType: "radio", flags: ["isOrdering"]))
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ([], question.options.map(\.text))
    }
}
