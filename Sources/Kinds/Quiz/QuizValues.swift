import Course
import Site

/// What the quiz template reads for one quiz: its questions' parts filled for the page they
/// are on, how it is taken (draw, attempts, answers, time limit), and for each question the
/// salted hashes of the right responses and its review, encoded. The page never holds an
/// answer in plain text (see README, "Answer secrecy").
struct QuizValues: TemplateValues {
    var id: String
    /// The form's id in the page.
    var domID: String
    var isInline: Bool
    /// Changes whenever a right answer does, so answers stored before are not restored.
    var version: String
    var salt: String
    var passMark: Int
    var settings: QuizSettings
    var questions: [QuestionValues]

    init(_ quiz: Quiz, settings: QuizSettings, passMark: Int, on page: PageRendering) {
        id = quiz.id
        version = AnswerKey.hash(Self.fingerprint(of: quiz))
        salt = AnswerKey.hash(page.config.title + "|" + quiz.id + "|" + version)
        domID = "quiz-" + quiz.id.map { $0.isLetter || $0.isNumber ? $0 : "-" }.map(String.init).joined()
        isInline = quiz.isInline
        self.passMark = passMark
        self.settings = settings
        let (salt, domID, count) = (salt, domID, quiz.questions.count)
        let keys = Self.questionKeys(quiz)
        questions = quiz.questions.enumerated().map { index, question in
            QuestionValues(question, key: keys[index], number: index + 1, of: count, salt: salt, domID: domID, on: page)
        }
    }

    /// The quiz page's quiz rendered with the theme's quiz template.
    static func html(_ quiz: Quiz, settings: QuizSettings, on page: PageRendering) -> String {
        page.render("quiz", QuizValues(quiz, settings: settings, passMark: settings.passMark ?? page.config.passMark, on: page))
    }

    /// A knowledge check or a drill: feedback question by question, every answer shown.
    static func html(check quiz: Quiz, on page: PageRendering) -> String {
        page.render("quiz", QuizValues(quiz, settings: QuizSettings(isGraded: false), passMark: page.config.passMark, on: page))
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
        case "shuffle": return settings.isShuffled ? "true" : "false"
        case "graded": return settings.isGraded ? "true" : "false"
        case "answers": return isInline ? QuizSettings.Answers.shown.rawValue : settings.answers.rawValue
        case "draw": return drawJSON
        case "attempts": return settings.attempts
        case "timeLimit": return settings.timeLimit
        case "questionCount": return questions.count
        case "questions": return questions
        default: return nil
        }
    }

    /// `3`, or `{"listening":3,"boundaries":2}`; nil for every question.
    private var drawJSON: String? {
        switch settings.draw {
        case .all: return nil
        case .count(let count): return String(count)
        case .perSection(let counts): return JSON.object(counts.sorted { $0.key < $1.key }.map { ($0.key, String($0.value)) })
        }
    }

    /// Everything that changes what a right answer is: an edited quiz gets a new version,
    /// so stored answers from before are not restored into it.
    private static func fingerprint(of quiz: Quiz) -> String {
        quiz.questions.map { question in
            question.promptText + "|" + question.type.name + "|"
                + question.options.map { "\($0.isCorrect ? "x" : "o"):\($0.text)\($0.matchText.map { "→" + $0 } ?? "")" }.joined(separator: "|")
        }.joined(separator: "\n")
    }

    /// A key per question that stays the same when questions move (the trainee's record of
    /// the questions seen is kept by it): made from the question's text.
    static func questionKeys(_ quiz: Quiz) -> [String] {
        var used: [String: Int] = [:]
        return quiz.questions.map { question in
            let key = String(AnswerKey.hash(quiz.id + "|" + question.promptText).prefix(AnswerKey.keyLength))
            let count = used[key, default: 0]
            used[key] = count + 1
            return count == 0 ? key : "\(key)-\(count)"
        }
    }
}

/// What the quiz template reads for one question.
struct QuestionValues: TemplateValues {
    var id: String
    /// Stays the same when questions move: keys the trainee's record of questions seen.
    var key: String
    var number: Int
    var count: Int
    /// The question type's name, the script's `data-kind`.
    var kind: String
    /// How an LMS records an answer to it (`choice`, `sequencing`, …).
    var interaction: String
    var isGraded: Bool
    var section: String?
    var prompt: String
    var instruction: String
    var details: String?
    /// The options, in the order shown.
    var options: [OptionValues]
    /// How the type is shown: the template's sections by type, what a pair is chosen from.
    var presentation: QuestionPresentation
    /// Salted hashes of the right responses, space-separated.
    var answer: String
    /// What the review shows, encoded: the right answer, the options' feedback, the
    /// explanation.
    var review: String
    /// A reflection's model answer and checklist, which the trainee reveals.
    var model: String?
    var checklist: [String]

    init(_ question: Question, key: String, number: Int, of count: Int, salt: String, domID: String, on page: PageRendering) {
        id = "\(domID)-q\(number)"
        self.key = key
        self.number = number
        self.count = count
        kind = question.type.name
        interaction = question.type.interactionType
        isGraded = question.type.isGraded
        section = question.section
        prompt = page.html(question.prompt)
        // What the trainee is told to do: the theme's `quiz.hint.single`, ….
        instruction = page.strings.text("quiz.hint." + question.type.name)
        details = question.details.isEmpty ? nil : page.html(question.details)
        let id = id
        let keys = question.options.indices.map { String(AnswerKey.hash("\(salt):k:\(number):\($0)").prefix(AnswerKey.keyLength)) }
        let options = question.options.enumerated().map { index, option in
            OptionValues(key: keys[index], inputID: "\(id)-\(keys[index])", html: page.html(option.content), feedback: nil, check: "")
        }
        (self.options, presentation) = question.type.present(question, options: options, keys: keys, seed: "\(salt):\(number)")
        answer = question.type.rightResponses(of: question, keys: keys)
            .map { AnswerKey.hash("\(salt):\(key):\($0)") }.joined(separator: " ")
        var feedback: [(String, String)] = []
        for (index, option) in question.options.enumerated() {
            if let html = option.feedback.map({ page.html($0) }) { feedback.append((keys[index], JSON.string(html))) }
        }
        var members: [(String, String)] = [("c", JSON.array(question.type.review(of: question, keys: keys).map(JSON.string)))]
        if !feedback.isEmpty { members.append(("f", JSON.object(feedback))) }
        if let wrong = question.wrongFeedback, !wrong.isEmpty { members.append(("w", JSON.string(page.html(wrong)))) }
        if !question.explanation.isEmpty { members.append(("e", JSON.string(page.html(question.explanation)))) }
        review = ReviewEncoding.encode(JSON.object(members), salt: salt, question: key)
        if question.type == Reflection.self, let model = question.options.first {
            self.model = page.html(model.content)
            checklist = model.checklist.map { page.html($0) }
        } else {
            checklist = []
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "id", "name": return id
        case "key": return key
        case "number": return number
        case "count": return count
        case "kind": return kind
        case "interaction": return interaction
        case "maxLength": return TypedAnswer.maxLength
        case "graded": return isGraded ? "true" : "false"
        case "section": return section
        case "prompt": return prompt
        case "hint": return instruction
        case "details": return details
        case "options": return options
        case "choices": return presentation.choices.isEmpty ? nil : presentation.choices
        case "inputType": return presentation.inputType
        case "answer": return answer
        case "review": return review
        case "model": return model
        case "checklist": return checklist.isEmpty ? nil : checklist
        default: return presentation.flags.contains(name) ? true : nil
        }
    }
}

/// What the quiz template reads for one option (or item to put in order, or side of a pair).
public struct OptionValues: TemplateValues, Sendable {
    public var key: String
    public var inputID: String
    public var html: String
    public var feedback: String?
    public var check: String

    public func child(named name: String) -> Any? {
        switch name {
        case "key": return key
        case "inputID": return inputID
        case "html": return html
        default: return nil
        }
    }
}

/// How the quiz template shows a type of question: its input and the section flags it
/// opens (`isChoice`, `isOrdering`, …).
public struct QuestionPresentation: Sendable {
    public var inputType: String
    public var flags: Set<String>
    /// What each item may be matched with (a matching question's right sides), shuffled.
    public var choices: [OptionValues]

    public init(inputType: String, flags: Set<String>, choices: [OptionValues] = []) {
        self.inputType = inputType
        self.flags = flags
        self.choices = choices
    }
}
