/// One `[x]` among `[ ]` options: a single-choice question (true/false is a two-option one).
enum SingleChoice: QuestionType {
    static let name = "single"
    static let instruction = "Choose one answer."

    static func recognizes(_ list: OptionList) -> Bool {
        list.marked == list.count && list.correct == 1
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    static func present(_ question: Question, options: [OptionValues], keys: [String], salt: String,
                        number: Int) -> ([OptionValues], QuestionPresentation) {
        ChoiceChecks.present(question, options: options, keys: keys, salt: salt, inputType: "radio")
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ChoiceChecks.answer(of: question)
    }
}
