import Course

/// A branching practice conversation: moments the trainee moves between by choosing
/// replies, each of which may raise or lower the customer's tension.
public struct Scenario: PageContent {
    /// What sets the scene, before the first moment.
    public var intro: HTMLFragment
    public var moments: [Moment]
    /// Anchor of the moment the conversation starts at.
    public var start: String
    /// Tension at the start, from 0 (calm) to 10 (about to hang up).
    public var tension: Int

    public static let tensionRange = 0...10

    public func moment(_ id: String) -> Moment? {
        moments.first { $0.id == id }
    }

    public var anchors: [String] { moments.map(\.id) }
}

/// One moment of a scenario: what happens and what the customer says, then the replies
/// the trainee may give. A moment without replies is an ending, its text the debrief.
public struct Moment: Sendable {
    /// The heading's anchor, as GitHub makes it.
    public var id: String
    public var title: String
    /// The heading's content as HTML.
    public var heading: HTMLFragment
    /// What happens, the blocks between the heading and the replies.
    public var text: HTMLFragment
    public var replies: [Reply]
    /// True when the moment has no list of replies.
    public var isEnding: Bool
    public var line: Int
}

/// A reply the trainee may give, and where it leads.
public struct Reply: Sendable {
    /// The reply's words, without the arrow, the link and the tension change.
    public var content: HTMLFragment
    /// Anchor of the moment it leads to.
    public var target: String
    /// Added to the tension when the trainee chooses this reply.
    public var tensionChange: Int
    public var line: Int
}
