import CommonMark
import Course

/// One type of question (single choice, multiple choice, ordering): how its options are
/// written and read, and what the page needs to let a trainee answer and grade it. Each
/// type is a file in Questions/; `QuestionTypes.all` lists them. The theme's quiz template
/// and quiz.js show and grade a type by its `name` (`data-kind`).
public protocol QuestionType: Sendable {
    /// `single`, `multiple`, `ordering`: the question's `data-kind`.
    static var name: String { get }
    /// What the trainee is told to do.
    static var instruction: String { get }
    /// Whether a list written this way is this type's (`[x]` options, a numbered list).
    static func recognizes(_ list: OptionList) -> Bool
    /// What is wrong with the options (the list is this type's), with a hint; a problem
    /// ends the question.
    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)?
    /// The question's options with their answer checks, in the order shown, and how the
    /// quiz template shows the type.
    static func present(_ question: Question, options: [OptionValues], keys: [String], salt: String,
                        number: Int) -> ([OptionValues], QuestionPresentation)
    /// The right answer, for the author hints of the preview.
    static func answer(of question: Question) -> (correct: [Int], answers: [String])
}

/// A question's list of options as written, before any type reads it.
public struct OptionList {
    /// Each item's checkbox: true for `[x]`, false for `[ ]`, nil for none.
    public var markers: [Bool?]
    public var isNumbered: Bool
    public var count: Int { markers.count }
    public var marked: Int { markers.filter { $0 != nil }.count }
    public var correct: Int { markers.filter { $0 == true }.count }
}

/// Every question type, in the order a list is offered to them.
public enum QuestionTypes {
    public static let all: [any QuestionType.Type] = [SingleChoice.self, MultipleChoice.self, Ordering.self]
}
