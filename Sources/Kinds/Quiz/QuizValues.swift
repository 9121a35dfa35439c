import Course
import Site

/// The template values of one quiz: its questions' parts filled for the page they are on,
/// and the salted hashes the script grades against.
struct QuizValues {
    let quiz: Quiz
    let passMark: Int
    let isShuffled: Bool
    let isGraded: Bool

    /// The quiz rendered with the theme's quiz template.
    func html(on page: PageRendering) -> String {
        page.render("quiz", values(on: page))
    }

    func values(on page: PageRendering) -> [String: Any] {
        let version = AnswerKey.hash(fingerprint())
        let salt = AnswerKey.hash(page.config.title + "|" + quiz.id + "|" + version)
        let domID = "quiz-" + quiz.id.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined()
        let questions = quiz.questions.enumerated().map { index, question in
            self.question(question, number: index + 1, of: quiz.questions.count, salt: salt, domID: domID, on: page)
        }
        return [
            "id": quiz.id,
            "domID": domID,
            "mode": quiz.isInline ? "check" : "assessment",
            "isAssessment": !quiz.isInline,
            "version": version,
            "salt": salt,
            "passMark": passMark,
            "shuffle": isShuffled ? "true" : "false",
            "graded": isGraded ? "true" : "false",
            "questionCount": quiz.questions.count,
            "questions": questions,
        ]
    }

    private func question(_ question: Question, number: Int, of count: Int, salt: String, domID: String,
                          on page: PageRendering) -> [String: Any] {
        let questionID = "\(domID)-q\(number)"
        let keys = question.options.indices.map { String(AnswerKey.hash("\(salt):k:\(number):\($0)").prefix(8)) }
        let options: [[String: Any]] = question.options.enumerated().map { index, option in
            var values: [String: Any] = [
                "key": keys[index],
                "inputID": "\(questionID)-\(keys[index])",
                "html": page.html(option.content),
            ]
            if let feedback = option.feedback { values["feedback"] = page.html(feedback) }
            return values
        }
        let typed = question.type.values(of: question, options: options, keys: keys, salt: salt, number: number)
        var values: [String: Any] = [
            "id": questionID,
            "name": questionID,
            "number": number,
            "count": count,
            "kind": question.type.name,
            "prompt": page.html(question.prompt),
            "options": typed.options,
            "hint": question.type.instruction,
        ]
        values.merge(typed.flags) { _, typed in typed }
        if !question.details.isEmpty { values["details"] = page.html(question.details) }
        if !question.explanation.isEmpty { values["explanation"] = page.html(question.explanation) }
        return values
    }

    /// Everything that changes what a right answer is: an edited quiz gets a new version,
    /// so stored answers from before are not restored into it.
    private func fingerprint() -> String {
        quiz.questions.map { question in
            question.promptText + "|" + question.type.name + "|"
                + question.options.map { "\($0.isCorrect ? "x" : "o"):\($0.text)" }.joined(separator: "|")
        }.joined(separator: "\n")
    }
}
