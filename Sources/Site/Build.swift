import Course
import Dispatch
import Foundation

/// One run of the pipeline: load, validate, render and (unless checking) write.
public struct Build: Sendable {
    public var source: String
    public var output: String
    /// Folder holding the themes; by default `themes/` beside the content folder.
    public var themes: String?
    public var baseURL: String?
    public var includesDrafts = false
    /// Told the name of each stage as it starts, for a progress line on a terminal.
    public var progress: (@Sendable (String) -> Void)?

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
        /// Seconds per stage, in order, for `--timings`.
        public var timings: [(stage: String, seconds: Double)] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Runs every stage that does not write. Throws only when the content folder cannot be read.
    public func check() throws -> Result {
        var clock = StageClock()
        progress?("reading \(source)")
        let (loaded, loadProblems) = try ContentLoader(includesDrafts: includesDrafts).load(from: source, displayRoot: source)
        clock.lap("load")
        var course = loaded
        if let baseURL { course.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = loadProblems + Validator().validate(course)
        clock.lap("validate")
        let (theme, themeProblems) = Theme.load(named: course.config.theme, from: themesFolder, displayFolder: themes ?? "themes")
        diagnostics += themeProblems
        clock.lap("theme")
        guard let theme, !diagnostics.hasErrors else {
            return Result(diagnostics: diagnostics.sortedByPosition, files: [], pageCount: 0, course: course, timings: clock.laps)
        }
        progress?("rendering \(course.allPages.count) pages")
        let files = SiteRenderer(theme: theme).render(course)
        clock.lap("render")
        let pages = files.filter { $0.path.hasSuffix(".html") }.count
        return Result(diagnostics: diagnostics.sortedByPosition, files: files, pageCount: pages, course: course, timings: clock.laps)
    }

    /// Checks, then writes the site when there are no errors; otherwise the output
    /// folder is left exactly as it was.
    public func run() throws -> Result {
        let sourceFolder = URL(fileURLWithPath: source).standardizedFileURL.path
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
        if outputFolder == sourceFolder || outputFolder.hasPrefix(sourceFolder + "/") || sourceFolder.hasPrefix(outputFolder + "/") {
            throw OutputWriter.Failure.cannotWrite(output, "the output folder must be outside the content folder, and not contain it")
        }
        var result = try check()
        if result.succeeded {
            var clock = StageClock()
            progress?("writing \(result.files.count) files")
            try OutputWriter().write(result.files, to: output)
            clock.lap("write")
            result.timings += clock.laps
        }
        return result
    }
}

/// Wall-clock time per stage of a build.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var laps: [(stage: String, seconds: Double)] = []

    mutating func lap(_ stage: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((stage, Double(now - last) / 1e9))
        last = now
    }
}
