/// Everything read from content/: settings, modules in order, top-level pages, and files
/// to publish as they are.
public struct Course: Sendable {
    public var config: CourseConfig
    public var modules: [Module]
    /// Pages written directly in content/, such as `faq.md`.
    public var pages: [Page]
    /// Files that are not Markdown (images, PDFs), published as they are.
    public var files: [CourseFile]
    /// The content folder on disk, every symbolic link resolved.
    public var root: String
    /// How the content folder is named in diagnostics, e.g. `content`.
    public var displayRoot: String

    public init(config: CourseConfig, modules: [Module], pages: [Page], files: [CourseFile], root: String, displayRoot: String) {
        self.config = config
        self.modules = modules
        self.pages = pages
        self.files = files
        self.root = root
        self.displayRoot = displayRoot
    }

    /// Every page in reading order: each module's page then its pages, then top-level pages.
    public var allPages: [Page] {
        modules.flatMap { [$0.index] + $0.pages } + pages
    }

    /// Lessons and other module pages in reading order, for prev/next.
    public var readingOrder: [Page] {
        modules.flatMap(\.pages)
    }
}
