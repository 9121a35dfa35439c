import Course

/// A quiz page, an inline knowledge check or a phrase bank's drill: questions as values,
/// their parts HTML fragments whose links the site points from the page they are on.
public struct Quiz: Sendable {
    /// Stable across builds; keys progress in the trainee's browser.
    public var id: String
    /// What comes before the first question.
    public var intro: HTMLFragment
    public var questions: [Question]
    /// An inline check is graded question by question; a quiz page is an assessment.
    public var isInline: Bool
    public var line: Int
}

public struct Question: Sendable {
    /// What kind of question, found from how its options are written.
    public var type: any QuestionType.Type
    /// The question as asked (the `##` heading's content).
    public var prompt: HTMLFragment
    /// The question as plain text, for fingerprints and author hints.
    public var promptText: String
    /// Blocks between the heading and the options (a situation, a quote).
    public var details: HTMLFragment
    /// Options as written; for ordering questions, in the correct order.
    public var options: [AnswerOption]
    /// Blocks after the options.
    public var explanation: HTMLFragment
    public var line: Int
}

public struct AnswerOption: Sendable {
    /// The item without its marker and without the feedback.
    public var content: HTMLFragment
    public var feedback: HTMLFragment?
    public var isCorrect: Bool
    /// Plain text, used for duplicate checks and stable keys.
    public var text: String
    public var line: Int
}
