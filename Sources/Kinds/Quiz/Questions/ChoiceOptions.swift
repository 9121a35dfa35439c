import CommonMark
import Course

/// What single and multiple choice share: `[x]`/`[ ]` options, each maybe with feedback.
enum ChoiceOptions {
    static func read(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        var options: [AnswerOption] = []
        for item in items {
            let isCorrect = ItemReading.form(of: item, in: document) == .checkbox(isCorrect: true)
            if let paragraph = document.firstChild(of: item) { ItemReading.strip(3, from: paragraph, in: &document) }
            options.append(ItemReading.option(item, isCorrect: isCorrect, in: document, &context))
        }
        ItemReading.reportDuplicates(options, &context)
        return options
    }

    static func present(_ options: [OptionValues], inputType: String) -> ([OptionValues], QuestionPresentation) {
        (options, QuestionPresentation(inputType: inputType, flags: ["isChoice"]))
    }

    static func correctKeys(of question: Question, keys: [String]) -> [String] {
        question.options.indices.filter { question.options[$0].isCorrect }.map { keys[$0] }
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        (question.options.indices.filter { question.options[$0].isCorrect }, question.options.filter(\.isCorrect).map(\.text))
    }
}
