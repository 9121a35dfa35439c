/// What a Markdown file is, from its front matter's `type:`.
public enum PageKind: String, Sendable, CaseIterable {
    case lesson, quiz, phrasebank, faq, scenario
    /// A module's `index.md`.
    case module
}
