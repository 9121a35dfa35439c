/// A paragraph's text and line, kept for checks that read the prose (the phrase linter).
public struct ProseText: Sendable, Equatable {
    public var text: String
    public var line: Int
}
