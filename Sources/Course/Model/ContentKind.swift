/// One kind of page (lesson, quiz, phrase bank, FAQ, scenario, …): how a file of that
/// kind is read. Each kind lives in a folder of its own in the Kinds target, which also
/// says how it is shown (`SiteKind`); the list of kinds is `Kinds.all`.
public protocol ContentKind: Sendable {
    associatedtype Content: PageContent
    /// The value of `type:` in front matter. A file without `type:` is a lesson; a
    /// module's `index.md` is the kind named "module".
    static var name: String { get }
    /// Front-matter fields this kind reads, besides those every page has (`title`, …).
    static var fields: [String] { get }
    /// Whether the page's headings get ids and make a table of contents (a lesson), or are
    /// the kind's own structure (a quiz's questions).
    static var givesHeadingsIDs: Bool { get }
    /// Whether the phrase linter reads the page's paragraphs (lessons and FAQ answers).
    static var isProse: Bool { get }
    /// Reads the page: what the kind is made of comes out of the tree as values.
    static func read(_ page: inout PageReading) -> Content
    /// A new file of this kind for `parley new`: front matter and a short example of the
    /// format that passes `parley check` but for one warning: each piece of example text
    /// starts with `Placeholder.marker` (✎), and the page warns until none is left. `title`
    /// is a YAML double-quoted string.
    static func scaffold(title: String) -> String
    /// Other starting points `parley new` offers for this kind, by name: a quiz's `final`.
    static var scaffoldVariants: [String: @Sendable (_ title: String) -> String] { get }
    /// Whether a page of this kind may stand at the top of content/ (an FAQ) rather than
    /// in a module.
    static var mayStandAlone: Bool { get }
}

extension ContentKind {
    public static var fields: [String] { [] }
    public static var givesHeadingsIDs: Bool { false }
    public static var isProse: Bool { false }
    public static var mayStandAlone: Bool { false }
    public static var scaffoldVariants: [String: @Sendable (_ title: String) -> String] { [:] }
}

/// What one kind of page holds once read. Values only: no Markdown tree.
public protocol PageContent: Sendable {
    /// Anchors a link may point at besides the headings (a scenario's moments).
    var anchors: [String] { get }
    /// Names under which a trainee's results are kept (quizzes), each with the line that
    /// makes it, so two that clash are reported.
    var progressIDs: [(id: String, line: Int)] { get }
    /// Phrases this page tells authors to avoid (a phrase bank's rewrites), for the linter.
    var phrasesToAvoid: [PhraseToAvoid] { get }
}

extension PageContent {
    public var anchors: [String] { [] }
    public var progressIDs: [(id: String, line: Int)] { [] }
    public var phrasesToAvoid: [PhraseToAvoid] { [] }
}

/// A phrase a phrase bank says to avoid, with what to say instead.
public struct PhraseToAvoid: Sendable, Equatable {
    public var avoid: String
    public var say: String

    public init(avoid: String, say: String) {
        self.avoid = avoid
        self.say = say
    }
}
