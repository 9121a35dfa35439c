import Course
import Dispatch
import Foundation

/// One run of the pipeline: load, validate, render and (unless checking) write.
public struct Build: Sendable {
    /// The kinds of page a course may hold (`Kinds.all`).
    public var kinds: SiteKinds
    public var source: String
    public var output: String
    /// Folder holding the themes; by default `themes/` beside the content folder.
    public var themes: String?
    public var baseURL: String?
    public var includesDrafts = false
    /// What an exported package reports to; nil for a site, whose pages report nothing.
    public var reporting: Reporting?
    /// Told the name of each stage as it starts, for a progress line on a terminal.
    public var progress: (@Sendable (String) -> Void)?

    public init(kinds: SiteKinds, source: String = "content", output: String = "public") {
        self.kinds = kinds
        self.source = source
        self.output = output
    }

    /// The folder the themes are read from.
    public var themesFolder: String {
        themes ?? URL(fileURLWithPath: source).standardizedFileURL.deletingLastPathComponent().path + "/themes"
    }

    /// One stage of a run: how long it took, and the process's peak memory by its end.
    public struct Lap: Sendable {
        public var stage: String
        public var seconds: Double
        public var peakBytes: Int
    }

    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: [OutputFile]
        public var pageCount: Int
        /// The course as read: values only, whichever way the build ran.
        public var course: Course?
        /// Each stage's time and the peak memory when it ended, in order, for `--timings`.
        public var timings: [Lap] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Runs every stage that does not write, keeping the files in memory (the preview and
    /// the SCORM export use them). Throws only when the content folder cannot be read.
    public func check() throws -> Result {
        var files: [OutputFile] = []
        var result = try render(stage: "render", rendersOnce: false) { course, renderer in
            files = renderer.render(course)
            return files.filter(\.isPage).count
        }
        result.files = files
        return result
    }

    /// Runs every stage that does not write and keeps nothing it renders: `parley check`.
    public func checkOnly() throws -> Result {
        try render(stage: "render", rendersOnce: true) { course, renderer in
            let pages = PageCounter()
            try renderer.render(course, deliver: pages.count)
            return pages.value
        }
    }

    /// Checks, then writes the site when there are no errors; otherwise the output
    /// folder is left exactly as it was. Pages are written as they are rendered.
    public func run() throws -> Result {
        let sourceFolder = URL(fileURLWithPath: source).standardizedFileURL.path
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
        if outputFolder == sourceFolder || outputFolder.hasPrefix(sourceFolder + "/") || sourceFolder.hasPrefix(outputFolder + "/") {
            throw OutputWriter.Failure.cannotWrite(output, "the output folder must be outside the content folder, and not contain it")
        }
        return try render(stage: "render and write", rendersOnce: true) { course, renderer in
            let session = try OutputWriter().begin(output)
            let pages = PageCounter()
            do {
                try renderer.render(course) { file in
                    pages.count(file)
                    try session.write(file)
                }
                try session.commit()
            } catch {
                session.abort()
                throw error
            }
            return pages.value
        }
    }

    /// Loads, validates and loads the theme; when there are no errors, hands the course
    /// and a renderer to `output`, which renders (and maybe writes) and says how many pages.
    /// A run that `rendersOnce` makes every page's search entry before rendering and lets go
    /// of the pages' text, so the text and the index are never in memory together; its
    /// result's course has the sections' headings but not their text.
    private func render(stage: String, rendersOnce: Bool, _ output: (Course, SiteRenderer) throws -> Int) throws -> Result {
        var clock = StageClock()
        progress?("reading \(source)")
        let (loaded, loadProblems) = try ContentLoader(kinds: kinds.content, includesDrafts: includesDrafts)
            .load(from: source, displayRoot: source)
        clock.lap("load")
        var course = loaded
        if let baseURL { course.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = loadProblems + kinds.content.validator.validate(course) + Self.layoutProblems(course, kinds: kinds)
        clock.lap("validate")
        let (loadedTheme, themeProblems) = Theme.load(named: course.config.theme, from: themesFolder, displayFolder: themes ?? "themes",
                                                      requiring: kinds.templates)
        diagnostics += themeProblems
        if let reporting, let loadedTheme {
            for script in reporting.standard.scripts where loadedTheme.assets[script] == nil {
                diagnostics.append(.error((themes ?? "themes") + "/default/assets/" + script,
                                          "the theme has no \(script), which a \(reporting.standard.name) package needs",
                                          hint: "parley's default theme ships it: restore the file from parley's themes/default/assets/"))
            }
        }
        let theme = loadedTheme.map { theme in
            let (localized, problems) = theme.localized(for: course.config, courseFile: source + "/course.yaml")
            diagnostics += problems
            return localized
        }
        clock.lap("theme")
        guard let theme, !diagnostics.hasErrors else {
            return Result(diagnostics: diagnostics.sortedByPosition, files: [], pageCount: 0, course: course, timings: clock.laps)
        }
        progress?("rendering \(course.allPages.count) pages")
        var renderer = SiteRenderer(theme: theme, kinds: kinds)
        renderer.reporting = reporting
        if rendersOnce {
            let entries = RenderCache(textLimit: SearchIndex.textLimit)
            renderer.index(&course, into: entries)
            renderer.cache = entries
        }
        let pages = try output(course, renderer)
        clock.lap(stage)
        return Result(diagnostics: diagnostics.sortedByPosition, files: [], pageCount: pages, course: course, timings: clock.laps)
    }

    /// Where things are published: pages at one URL, pages or files over the site's own.
    public static func layoutProblems(_ course: Course, kinds: SiteKinds) -> [Diagnostic] {
        SiteLayout(course).diagnostics(for: course, ownPages: ownPages(kinds: kinds))
    }

    /// The site's own files, whatever the course: the home page, search, …, and the pages
    /// kinds add (the phrasebook), each with how messages name it.
    static func ownPages(kinds: SiteKinds) -> [String: String] {
        var pages = SiteContext.ownPages
        for kind in kinds.all {
            if let gathering = kind.gatheringPage { pages[gathering.path + "index.html"] = gathering.description }
        }
        return pages
    }

    /// Folders no page may be published in (`search/`, `assets/`, `phrasebook/`).
    public static func reservedFolders(kinds: SiteKinds) -> Set<String> {
        SiteLayout.reservedFolders(ownPages: ownPages(kinds: kinds))
    }
}
