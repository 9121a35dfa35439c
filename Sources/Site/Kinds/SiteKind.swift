import Course

/// How pages of one kind are shown: what the site needs of a kind besides reading it
/// (`ContentKind`). Each kind of the Kinds target conforms; the renderer finds a page's kind
/// by its name in `SiteKinds`.
public protocol SiteKind: ContentKind {
    /// The word shown for pages of this kind: "Lesson", "Quiz".
    static var label: String { get }
    /// The theme template that lays the page out: "page" or "module".
    static var template: String { get }
    /// Every template the kind renders (its layout and the parts of its body): a theme
    /// without one of them is an error when it is loaded, not an empty page.
    static var templates: [String] { get }
    /// Whether a trainee marks such a page as done, and it counts towards completion.
    static var isLesson: Bool { get }
    /// Whether the page lists its headings in a table of contents.
    static var hasContents: Bool { get }
    /// Whether the page shows the filter box (a phrase bank's).
    static var hasFilter: Bool { get }
    /// What the page shows as its body.
    static func body(of content: Content, on page: PageRendering) -> String
    /// The page's sections in the search index.
    static func searchSections(of content: Content, page: Page) -> [SearchSection]
    /// Ids of the quizzes on the page that count towards completion.
    static func gradedQuizIDs(of content: Content, page: Page) -> [String]
    /// What each of those quizzes keeps between visits, at its largest (`SuspendData`).
    static func attemptStates(of content: Content, page: Page) -> [AttemptState]
    /// A page the kind adds when the course has pages of it (every phrase bank in one
    /// phrasebook): where it is published.
    static var gatheringPage: GatheringPage? { get }
    /// That page's title and body, made from every page of the kind in reading order.
    static func gather(_ pages: [(page: Page, content: Content)], on page: PageRendering) -> GatheredPage
}

extension SiteKind {
    public static var template: String { "page" }
    public static var templates: [String] { [template] }
    public static var isLesson: Bool { false }
    public static var hasContents: Bool { givesHeadingsIDs }
    public static var hasFilter: Bool { false }

    public static func searchSections(of content: Content, page: Page) -> [SearchSection] {
        page.sections.map { SearchSection(heading: $0.heading, id: $0.id, text: $0.text) }
    }

    public static func gradedQuizIDs(of content: Content, page: Page) -> [String] { [] }

    public static func attemptStates(of content: Content, page: Page) -> [AttemptState] { [] }

    public static var gatheringPage: GatheringPage? { nil }

    public static func gather(_ pages: [(page: Page, content: Content)], on page: PageRendering) -> GatheredPage {
        GatheredPage(title: "", description: "", summary: "", label: "", kindClass: "", body: "", hasFilter: false)
    }
}

/// One section of a page in the search index: what results show and the text searched.
public struct SearchSection: Sendable {
    public var heading: String
    /// The heading's anchor; empty for the top of the page.
    public var id: String
    public var text: String
    /// Phrases a result shows as they are (a phrase bank's), when the section has any.
    public var phrases: [String]?

    public init(heading: String, id: String, text: String, phrases: [String]? = nil) {
        self.heading = heading
        self.id = id
        self.text = text
        self.phrases = phrases
    }
}

/// Where a kind's gathering page is published.
public struct GatheringPage: Sendable {
    /// Its folder, e.g. `phrasebook/`.
    public var path: String
    /// How the site's own links name it in templates (`phrasebookHref`).
    public var linkName: String
    /// Said of it in messages: "the phrasebook".
    public var description: String

    public init(path: String, linkName: String, description: String) {
        self.path = path
        self.linkName = linkName
        self.description = description
    }
}

/// What a kind's gathering page shows.
public struct GatheredPage: Sendable {
    public var title: String
    /// For the page's `<meta name="description">`.
    public var description: String
    public var summary: String
    /// The word shown above the title ("Job aid").
    public var label: String
    public var kindClass: String
    public var body: String
    public var hasFilter: Bool
    /// The body's headings to jump to, listed at the top of the page as its contents
    /// (`##` and `###`, as a lesson's); none for no list.
    public var contents: [Heading]

    public init(title: String, description: String, summary: String, label: String, kindClass: String, body: String, hasFilter: Bool,
                contents: [Heading] = []) {
        self.title = title
        self.description = description
        self.summary = summary
        self.label = label
        self.kindClass = kindClass
        self.body = body
        self.hasFilter = hasFilter
        self.contents = contents
    }
}

/// The kinds the site shows, by name.
public struct SiteKinds: Sendable {
    public let all: [any SiteKind.Type]
    public let content: ContentKinds
    /// The kind of a page whose kind is not among these (it cannot be: the loader reads
    /// only these); shown as a lesson.
    let lessonKind: any SiteKind.Type

    public init(_ all: [any SiteKind.Type], lesson: any SiteKind.Type, module: any SiteKind.Type, checks: [Validator.Check] = []) {
        self.all = all
        lessonKind = lesson
        content = ContentKinds(all, lesson: lesson, module: module, checks: checks)
    }

    public func named(_ name: String) -> (any SiteKind.Type)? {
        all.first { $0.name == name }
    }

    /// Every template the site and these kinds render.
    public var templates: [String] {
        Theme.siteTemplates + all.flatMap { $0.templates }
    }
}
