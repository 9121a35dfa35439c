/// One `[x]` among `[ ]` options: a single-choice question (true/false is a two-option one).
enum SingleChoice: QuestionType {
    static let name = "single"
    static let instruction = "Choose one answer."

    static func recognizes(_ list: OptionList) -> Bool {
        list.marked == list.count && list.correct == 1
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    static func values(of question: Question, options: [[String: Any]], keys: [String], salt: String, number: Int) -> QuestionValues {
        ChoiceChecks.values(of: question, options: options, keys: keys, salt: salt, inputType: "radio")
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ChoiceChecks.answer(of: question)
    }
}

/// Several `[x]`: a multiple-choice question, graded all or nothing.
enum MultipleChoice: QuestionType {
    static let name = "multiple"
    static let instruction = "Choose every answer that applies."

    static func recognizes(_ list: OptionList) -> Bool {
        list.marked == list.count && list.correct > 1
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? { nil }

    static func values(of question: Question, options: [[String: Any]], keys: [String], salt: String, number: Int) -> QuestionValues {
        ChoiceChecks.values(of: question, options: options, keys: keys, salt: salt, inputType: "checkbox")
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ChoiceChecks.answer(of: question)
    }
}

/// What single and multiple choice share: each option's check says whether it is right.
enum ChoiceChecks {
    static func values(of question: Question, options: [[String: Any]], keys: [String], salt: String, inputType: String) -> QuestionValues {
        var options = options
        for (index, option) in question.options.enumerated() {
            options[index]["check"] = AnswerKey.hash("\(salt):\(keys[index]):\(option.isCorrect ? 1 : 0)")
        }
        return QuestionValues(options: options, flags: ["isChoice": true, "inputType": inputType])
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        (question.options.indices.filter { question.options[$0].isCorrect }, question.options.filter(\.isCorrect).map(\.text))
    }
}
