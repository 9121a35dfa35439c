/// Words of the interface that a page's HTML holds before the site knows the course's
/// language: a hole in an `HTMLFragment` the site fills from the theme's catalog (the key).
public enum InterfaceText: String, Sendable, CaseIterable {
    case calloutNote = "callout.note", calloutTip = "callout.tip", calloutWarning = "callout.warning"
    case calloutSay = "callout.say", calloutAvoid = "callout.avoid", calloutPolicy = "callout.policy"
    case drillQuestion = "phrasebook.drill_question", drillAvoid = "phrasebook.drill_avoid", drillRight = "phrasebook.drill_right"

    /// The catalog key, e.g. `callout.note`.
    public var key: String { rawValue }

    /// The English words, for a fragment filled without a catalog.
    public var english: String {
        switch self {
        case .calloutNote: return "Note"
        case .calloutTip: return "Tip"
        case .calloutWarning: return "Warning"
        case .calloutSay: return "Try saying"
        case .calloutAvoid: return "Avoid saying"
        case .calloutPolicy: return "Your organisation’s procedure"
        case .drillQuestion: return "Which reply works better?"
        case .drillAvoid: return "This is the one to avoid."
        case .drillRight: return "Yes."
        }
    }
}
