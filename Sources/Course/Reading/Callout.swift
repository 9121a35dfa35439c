/// The callout kinds of the GitHub alert convention plus the course's own SAY and AVOID,
/// and POLICY: a placeholder for the organisation's own procedure, which `parley check`
/// reports until an L&D team replaces it.
public enum Callout: String, Sendable, CaseIterable {
    case note = "NOTE", tip = "TIP", warning = "WARNING", say = "SAY", avoid = "AVOID", policy = "POLICY"

    /// The class of the callout's `<aside>`, e.g. `callout-avoid`.
    public var cssClass: String { "callout-" + rawValue.lowercased() }

    /// The label shown above the callout, so the kind never depends on colour alone.
    public var label: InterfaceText {
        switch self {
        case .note: return .calloutNote
        case .tip: return .calloutTip
        case .warning: return .calloutWarning
        case .say: return .calloutSay
        case .avoid: return .calloutAvoid
        case .policy: return .calloutPolicy
        }
    }
}
