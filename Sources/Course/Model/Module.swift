/// A folder of content/: a titled group of pages in order.
public struct Module: Sendable {
    /// Folder name, e.g. `01-why-conversations-escalate`.
    public var folder: String
    /// The name it is known by in URLs and progress keys, e.g. `why-conversations-escalate`.
    public var slug: String
    /// The module's own page, from `index.md` (a generated one when the file is missing).
    public var index: Page
    /// Lessons and other pages, in course order.
    public var pages: [Page]

    public var title: String { index.title }

    /// Minutes for the whole module, from the pages that give a duration.
    public var duration: Int { pages.compactMap(\.duration).reduce(0, +) }
}
