/// Several `[x]`: a multiple-choice question, graded all or nothing.
enum MultipleChoice: QuestionType {
    static let name = "multiple"
    static let instruction = "Choose every answer that applies."

    static func recognizes(_ list: OptionList) -> Bool {
        list.marked == list.count && list.correct > 1
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    static func present(_ question: Question, options: [OptionValues], keys: [String], salt: String,
                        number: Int) -> ([OptionValues], QuestionPresentation) {
        ChoiceChecks.present(question, options: options, keys: keys, salt: salt, inputType: "checkbox")
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ChoiceChecks.answer(of: question)
    }
}

