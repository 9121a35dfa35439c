import CommonMark

/// A quiz page or an inline knowledge check: questions whose parts are nodes of a
/// Markdown tree, so links in them are rewritten like any other before rendering.
public struct Quiz: Sendable {
    /// Stable across builds; keys progress in the trainee's browser.
    public var id: String
    /// The tree the question nodes live in (kept alive with the quiz).
    public var document: Document
    /// Blocks before the first question.
    public var intro: [Node]
    public var questions: [Question]
    /// An inline check is graded question by question; a quiz page is an assessment.
    public var isInline: Bool
    /// For inline checks: the block in the lesson that the rendered quiz replaces.
    public var placeholder: Node?
    public var line: Int
}

public struct Question: Sendable {
    public enum Kind: String, Sendable {
        case single, multiple, ordering
    }

    public var kind: Kind
    /// The `##` heading that asks the question.
    public var prompt: Node
    /// Blocks between the heading and the options (a situation, a quote).
    public var details: [Node]
    /// Options as written; for ordering questions, in the correct order.
    public var options: [Option]
    /// Blocks after the options.
    public var explanation: [Node]
    public var line: Int
}

public struct Option: Sendable {
    /// The item's blocks without the `[x]` marker and without the feedback.
    public var content: [Node]
    public var feedback: Node?
    public var isCorrect: Bool
    /// Plain text, used for duplicate checks and stable keys.
    public var text: String
    public var line: Int
}
