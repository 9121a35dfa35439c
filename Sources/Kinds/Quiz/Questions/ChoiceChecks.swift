/// What single and multiple choice share: each option's check says whether it is right.
enum ChoiceChecks {
    static func present(_ question: Question, options: [OptionValues], keys: [String], salt: String,
                        inputType: String) -> ([OptionValues], QuestionPresentation) {
        var options = options
        for (index, option) in question.options.enumerated() {
            options[index].check = AnswerKey.hash("\(salt):\(keys[index]):\(option.isCorrect ? 1 : 0)")
        }
        return (options, QuestionPresentation(inputType: inputType, flags: ["isChoice"]))
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        (question.options.indices.filter { question.options[$0].isCorrect }, question.options.filter(\.isCorrect).map(\.text))
    }
}
