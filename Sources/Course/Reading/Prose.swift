/// A paragraph an author wrote in their own voice (outside `[!AVOID]` callouts), for the
/// phrase linter.
public struct Prose: Sendable, Equatable {
    /// Line of the file the paragraph starts on.
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}
