import CommonMark

/// A branching practice conversation: moments the trainee moves between by choosing
/// replies, each of which may raise or lower the customer's tension.
public struct Scenario: Sendable {
    /// The tree the moments' nodes live in (kept alive with the scenario).
    public var document: Document
    /// The blocks before the first moment, setting the scene, in one container block.
    public var intro: Node
    public var moments: [Moment]
    /// Anchor of the moment the conversation starts at.
    public var start: String
    /// Tension at the start, from 0 (calm) to 10 (about to hang up).
    public var tension: Int

    public static let tensionRange = 0...10

    public func moment(_ id: String) -> Moment? {
        moments.first { $0.id == id }
    }
}

/// One moment of a scenario: what happens and what the customer says, then the replies
/// the trainee may give. A moment without replies is an ending, its text the debrief.
public struct Moment: Sendable {
    /// The heading's anchor, as GitHub makes it.
    public var id: String
    /// The `##` heading.
    public var heading: Node
    public var title: String
    /// The blocks between the heading and the replies, in one container block.
    public var text: Node
    public var replies: [Reply]
    /// True when the moment has no list of replies.
    public var isEnding: Bool
    public var line: Int
}

/// A reply the trainee may give, and where it leads.
public struct Reply: Sendable {
    /// The paragraph holding the reply's words; the arrow, link and tension change are
    /// taken out of it.
    public var content: Node
    /// Anchor of the moment it leads to.
    public var target: String
    /// Added to the tension when the trainee chooses this reply.
    public var tensionChange: Int
    public var line: Int
}
