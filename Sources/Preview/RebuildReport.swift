import Course

/// What one build of the preview did, for the command to print.
public struct RebuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Files whose change started this build; empty for the first one.
    public var changedFiles: [String]
    /// Pages that changed and reload; nil when the whole site was built.
    public var renderedPages: Int?
    public var pageCount: Int
    public var milliseconds: Int

    public var succeeded: Bool { !diagnostics.hasErrors }
}
