import CommonMark
import Course

/// The template context of one quiz: rendered question parts and the hashed answer key.
struct QuizContext {
    let quiz: Quiz
    let courseTitle: String
    let passMark: Int
    let isShuffled: Bool
    let isGraded: Bool
    let allowsRawHTML: Bool

    func make() -> [String: Any] {
        let version = AnswerKey.hash(fingerprint())
        let salt = AnswerKey.hash(courseTitle + "|" + quiz.id + "|" + version)
        let domID = "quiz-" + quiz.id.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined()
        let questions = quiz.questions.enumerated().map { index, question in
            self.question(question, number: index + 1, of: quiz.questions.count, salt: salt, domID: domID)
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

    private func question(_ question: Question, number: Int, of count: Int, salt: String, domID: String) -> [String: Any] {
        let questionID = "\(domID)-q\(number)"
        let keys = question.options.indices.map { String(AnswerKey.hash("\(salt):k:\(number):\($0)").prefix(8)) }
        var options: [[String: Any]] = question.options.enumerated().map { index, option in
            var context: [String: Any] = [
                "key": keys[index],
                "inputID": "\(questionID)-\(keys[index])",
                "html": inline(option.content),
            ]
            if let feedback = option.feedback {
                context["feedback"] = Node.renderHTML(feedback.children, allowRawHTML: allowsRawHTML)
            }
            if question.kind == .ordering {
                context["check"] = AnswerKey.hash("\(salt):\(keys[index]):@\(index)")
            } else {
                context["check"] = AnswerKey.hash("\(salt):\(keys[index]):\(option.isCorrect ? 1 : 0)")
            }
            return context
        }
        if question.kind == .ordering {
            options = AnswerKey.permutation(options.count, seed: "\(salt):\(number)").map { options[$0] }
        }
        var context: [String: Any] = [
            "id": questionID,
            "name": questionID,
            "number": number,
            "count": count,
            "kind": question.kind.rawValue,
            "prompt": question.prompt.renderInnerHTML(),
            "options": options,
            "inputType": question.kind == .multiple ? "checkbox" : "radio",
        ]
        switch question.kind {
        case .single: context["isChoice"] = true; context["hint"] = "Choose one answer."
        case .multiple: context["isChoice"] = true; context["hint"] = "Choose every answer that applies."
        case .ordering: context["isOrdering"] = true; context["hint"] = "Put these in the right order with the Move up and Move down buttons."
        }
        if !question.details.isEmpty { context["details"] = Node.renderHTML(question.details, allowRawHTML: allowsRawHTML) }
        if !question.explanation.isEmpty { context["explanation"] = Node.renderHTML(question.explanation, allowRawHTML: allowsRawHTML) }
        return context
    }

    /// An option is usually one paragraph: show its content without the `<p>`.
    private func inline(_ nodes: [Node]) -> String {
        if nodes.count == 1, let only = nodes.first, only.type == .paragraph { return only.renderInnerHTML() }
        return Node.renderHTML(nodes, allowRawHTML: allowsRawHTML)
    }

    /// Everything that changes what a right answer is: an edited quiz gets a new version,
    /// so stored answers from before are not restored into it.
    private func fingerprint() -> String {
        quiz.questions.map { question in
            question.prompt.plainText + "|" + question.kind.rawValue + "|"
                + question.options.map { "\($0.isCorrect ? "x" : "o"):\($0.text)" }.joined(separator: "|")
        }.joined(separator: "\n")
    }
}
