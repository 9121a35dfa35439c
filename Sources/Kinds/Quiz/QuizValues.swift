import Course
import Site

/// What the quiz template reads for one quiz: its questions' parts filled for the page they
/// are on, and the salted hashes the script grades against.
struct QuizValues: TemplateValues {
    var id: String
    /// The form's id in the page.
    var domID: String
    var isInline: Bool
    /// Changes whenever a right answer does, so answers stored before are not restored.
    var version: String
    var salt: String
    var passMark: Int
    var isShuffled: Bool
    var isGraded: Bool
    var questions: [QuestionValues]

    /// The quiz's values on `page`.
    init(_ quiz: Quiz, passMark: Int, isShuffled: Bool, isGraded: Bool, on page: PageRendering) {
        id = quiz.id
        version = AnswerKey.hash(Self.fingerprint(of: quiz))
        salt = AnswerKey.hash(page.config.title + "|" + quiz.id + "|" + version)
        domID = "quiz-" + quiz.id.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined()
        isInline = quiz.isInline
        self.passMark = passMark
        self.isShuffled = isShuffled
        self.isGraded = isGraded
        let (salt, domID, count) = (salt, domID, quiz.questions.count)
        questions = quiz.questions.enumerated().map { index, question in
            QuestionValues(question, number: index + 1, of: count, salt: salt, domID: domID, on: page)
        }
    }

    /// The quiz rendered with the theme's quiz template.
    static func html(_ quiz: Quiz, passMark: Int, isShuffled: Bool, isGraded: Bool, on page: PageRendering) -> String {
        page.render("quiz", QuizValues(quiz, passMark: passMark, isShuffled: isShuffled, isGraded: isGraded, on: page))
    }

    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "domID": return domID
        case "mode": return isInline ? "check" : "assessment"
        case "isAssessment": return !isInline
        case "version": return version
        case "salt": return salt
        case "passMark": return passMark
        case "shuffle": return isShuffled ? "true" : "false"
        case "graded": return isGraded ? "true" : "false"
        case "questionCount": return questions.count
        case "questions": return questions
        default: return nil
        }
    }

    /// Everything that changes what a right answer is: an edited quiz gets a new version,
    /// so stored answers from before are not restored into it.
    private static func fingerprint(of quiz: Quiz) -> String {
        quiz.questions.map { question in
            question.promptText + "|" + question.type.name + "|"
                + question.options.map { "\($0.isCorrect ? "x" : "o"):\($0.text)" }.joined(separator: "|")
        }.joined(separator: "\n")
    }
}

/// What the quiz template reads for one question.
struct QuestionValues: TemplateValues {
    var id: String
    var number: Int
    var count: Int
    /// The question type's name, the script's `data-kind`.
    var kind: String
    var prompt: String
    var instruction: String
    var details: String?
    var explanation: String?
    /// The options, in the order shown, each with its check.
    var options: [OptionValues]
    /// How the type is shown: the template's sections by type.
    var presentation: QuestionPresentation

    init(_ question: Question, number: Int, of count: Int, salt: String, domID: String, on page: PageRendering) {
        id = "\(domID)-q\(number)"
        self.number = number
        self.count = count
        kind = question.type.name
        prompt = page.html(question.prompt)
        instruction = question.type.instruction
        details = question.details.isEmpty ? nil : page.html(question.details)
        explanation = question.explanation.isEmpty ? nil : page.html(question.explanation)
        let id = id
        let keys = question.options.indices.map { String(AnswerKey.hash("\(salt):k:\(number):\($0)").prefix(8)) }
        let options = question.options.enumerated().map { index, option in
            OptionValues(key: keys[index], inputID: "\(id)-\(keys[index])", html: page.html(option.content),
                         feedback: option.feedback.map { page.html($0) }, check: "")
        }
        (self.options, presentation) = question.type.present(question, options: options, keys: keys, salt: salt, number: number)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "id", "name": return id
        case "number": return number
        case "count": return count
        case "kind": return kind
        case "prompt": return prompt
        case "hint": return instruction
        case "details": return details
        case "explanation": return explanation
        case "options": return options
        case "inputType": return presentation.inputType
        default: return presentation.flags.contains(name) ? true : nil
        }
    }
}

/// What the quiz template reads for one option (or item to put in order).
public struct OptionValues: TemplateValues {
    public var key: String
    public var inputID: String
    public var html: String
    public var feedback: String?
    /// The salted hash the script compares the trainee's answer against.
    public var check: String

    public func child(named name: String) -> Any? {
        switch name {
        case "key": return key
        case "inputID": return inputID
        case "html": return html
        case "feedback": return feedback
        case "check": return check
        default: return nil
        }
    }
}

/// How the quiz template shows a type of question: its input and the section flags it
/// opens (`isChoice`, `isOrdering`).
public struct QuestionPresentation: Sendable {
    public var inputType: String
    public var flags: Set<String>

    public init(inputType: String, flags: Set<String>) {
        self.inputType = inputType
        self.flags = flags
    }
}
