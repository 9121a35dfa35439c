import Course
import Foundation

/// One run of the pipeline: load, validate, render and (unless checking) write.
public struct Build: Sendable {
    public var source: String
    public var output: String
    /// Folder holding the themes; by default `themes/` beside the content folder.
    public var themes: String?
    public var baseURL: String?
    public var includesDrafts = false

    public init(source: String = "content", output: String = "public") {
        self.source = source
        self.output = output
    }

    /// The folder the themes are read from.
    public var themesFolder: String {
        themes ?? URL(fileURLWithPath: source).standardizedFileURL.deletingLastPathComponent().path + "/themes"
    }

    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: [OutputFile]
        public var pageCount: Int
        public var course: Course?
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Runs every stage that does not write. Throws only when the content folder cannot be read.
    public func check() throws -> Result {
        let (loaded, loadProblems) = try ContentLoader(includesDrafts: includesDrafts).load(from: source, displayRoot: source)
        var course = loaded
        if let baseURL { course.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = loadProblems + Validator().validate(course)
        let (theme, themeProblems) = Theme.load(named: course.config.theme, from: themesFolder, displayFolder: themes ?? "themes")
        diagnostics += themeProblems
        guard let theme, !diagnostics.hasErrors else {
            return Result(diagnostics: diagnostics.sortedByPosition, files: [], pageCount: 0, course: course)
        }
        let files = SiteRenderer(theme: theme).render(course)
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        return Result(diagnostics: diagnostics.sortedByPosition, files: files, pageCount: pages, course: course)
    }

    /// Checks, then writes the site when there are no errors; otherwise the output
    /// folder is left exactly as it was.
    public func run() throws -> Result {
        let result = try check()
        if result.succeeded {
            try OutputWriter().write(result.files, to: output)
        }
        return result
    }
}
