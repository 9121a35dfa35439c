import CommonMark
import Course

/// One type of question (single choice, multiple choice, ordering, typed answer, matching,
/// reflection): how its list of options is written and read, and what the page needs to
/// let a trainee answer it and the script grade it. Each type is a file in Questions/;
/// `QuestionTypes.all` lists them. The theme's quiz template and quiz.js show and grade a
/// type by its `name` (the question's `data-kind`).
public protocol QuestionType: Sendable {
    /// `single`, `multiple`, …: the question's `data-kind`.
    static var name: String { get }
    /// Whether it counts in a score (a reflection does not).
    static var isGraded: Bool { get }
    /// The SCORM 1.2 interaction type its answers are reported as (`choice`, `sequencing`,
    /// `fill-in`, `matching`, `performance`).
    static var interactionType: String { get }
    /// Whether a list written this way is this type's.
    static func recognizes(_ list: OptionList) -> Bool
    /// Reads the options from the list's items, reporting any mistake in one.
    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption]
    /// What is wrong with the options as a whole, with a hint; a problem ends the question.
    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)?
    /// The responses that are right, each as the script writes a trainee's response
    /// (`QuestionResponse`): it compares salted hashes of them, never the answers.
    static func rightResponses(of question: Question, keys: [String]) -> [String]
    /// What the review shows as the right answer once it may (keys, texts or pairs).
    static func review(of question: Question, keys: [String]) -> [String]
    /// The options as shown, in the order shown, and how the template shows the type.
    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation)
    /// The right answer, for the author hints of the preview.
    static func answer(of question: Question) -> (correct: [Int], answers: [String])
    /// The most characters the answer quiz.js keeps for an attempt under way can take as
    /// JSON, with `options` options (keys are at most `AnswerKey.keyLength` characters):
    /// an LMS keeps it in SCORM 1.2's 4,096 characters of `cmi.suspend_data`.
    static func largestStoredAnswer(options: Int) -> Int
}

extension QuestionType {
    public static var isGraded: Bool { true }

    /// `["key","key",…]` with `count` keys.
    static func keyListLength(_ count: Int) -> Int {
        2 + count * (AnswerKey.keyLength + 2) + max(0, count - 1)
    }
}

/// How one item of a question's list is written.
public enum ItemForm: Sendable, Equatable {
    /// `[x]` or `[ ]`.
    case checkbox(isCorrect: Bool)
    /// `= mirroring`: an accepted typed answer.
    case accepted
    /// `left → right`: a matching pair.
    case pair
    /// `Model answer: …`: a reflection's model answer.
    case modelAnswer
    /// Anything else.
    case plain
}

/// A question's list of options as written, before any type reads it.
public struct OptionList: Sendable {
    public var forms: [ItemForm]
    public var isNumbered: Bool

    public var count: Int { forms.count }
    public var checkboxes: Int { forms.filter { if case .checkbox = $0 { return true } else { return false } }.count }
    public var correct: Int { forms.filter { $0 == .checkbox(isCorrect: true) }.count }
    public func all(_ form: ItemForm) -> Bool { !forms.isEmpty && forms.allSatisfy { $0 == form } }
    public func contains(_ form: ItemForm) -> Bool { forms.contains(form) }
}

/// What a type reads its options with: where the file is, and where its mistakes go.
public struct QuestionContext {
    public let file: String
    /// Added to the tree's line numbers to get lines of the file.
    public let lineOffset: Int
    public let allowsRawHTML: Bool
    public var diagnostics: [Diagnostic] = []

    public mutating func report(_ line: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line, column: 1, message, hint: hint))
    }
}

/// Every question type, in the order a list is offered to them.
public enum QuestionTypes {
    public static let all: [any QuestionType.Type] = [
        SingleChoice.self, MultipleChoice.self, Ordering.self, TypedAnswer.self, Matching.self, Reflection.self,
    ]
}
