import Course

/// A quiz page, an inline knowledge check or a phrase bank's drill: questions as values,
/// their parts HTML fragments whose links the site points from the page they are on.
public struct Quiz: Sendable {
    /// Stable across builds; keys progress in the trainee's browser.
    public var id: String
    /// What comes before the first question.
    public var intro: HTMLFragment
    public var questions: [Question]
    /// The `#` headings that group questions, in order (a question bank drawn per section).
    public var sections: [QuizSection]
    /// An inline check is graded question by question; a quiz page is an assessment.
    public var isInline: Bool
    public var line: Int
}

/// A group of questions opened by a `#` heading in a quiz.
public struct QuizSection: Sendable, Equatable {
    /// The heading's slug: what `draw:` names it by.
    public var id: String
    public var title: String
    public var line: Int
}

public struct Question: Sendable {
    /// What kind of question, found from how its options are written.
    public var type: any QuestionType.Type
    /// The question as asked (the `##` heading's content, without an objective tag).
    public var prompt: HTMLFragment
    /// The question as plain text, for fingerprints, stable keys and author hints.
    public var promptText: String
    /// Blocks between the heading and the options (a situation, a quote).
    public var details: HTMLFragment
    /// Options as written; for ordering questions in the correct order, for typed answers
    /// the accepted answers, for matching the pairs, for a reflection the model answer.
    public var options: [AnswerOption]
    /// For a typed answer, what a wrong answer is told (the blockquote after the list).
    public var wrongFeedback: HTMLFragment?
    /// Blocks after the options.
    public var explanation: HTMLFragment
    /// The section (`#` heading's slug) the question is in, if any.
    public var section: String?
    /// The lesson objectives the question tests, as written in `Objective: …` lines or
    /// `{#objective-id}` tags.
    public var objectives: [String]
    public var line: Int
}

public struct AnswerOption: Sendable {
    /// The item without its marker and without the feedback; the left side of a pair.
    public var content: HTMLFragment
    public var feedback: HTMLFragment?
    public var isCorrect: Bool
    /// Plain text, used for duplicate checks, stable keys and the item linter.
    public var text: String
    /// The right side of a matching pair.
    public var match: HTMLFragment?
    public var matchText: String?
    /// A reflection's checklist, the items of the list under its model answer.
    public var checklist: [HTMLFragment] = []
    public var line: Int
}
