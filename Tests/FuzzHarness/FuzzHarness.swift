import Course
import Foundation
import Kinds
import Site

/// Feeds one input through everything a build does with an author's file — read, check,
/// render with the default theme — and says which rules it broke. Shared by the fuzz
/// target (Fuzz/) and the corpus replay test, so both run exactly the same code.
public enum FuzzHarness {
    public static let displayRoot = "content"

    /// The lesson a fuzzed course.yaml is rendered with: it links, has headings and a
    /// knowledge check, so the settings reach every part of a page.
    static let companionLesson = Array("""
        ---
        title: "A lesson"
        duration: 5
        ---
        See [the part](#part).

        ## Part

        ```quiz
        ## Pick one
        - [x] Yes
        - [ ] No
        ```
        """.utf8)

    /// The default theme, read once: the repository's themes/ folder, or `PARLEY_THEMES`.
    static let theme: Theme? = {
        let folder = ProcessInfo.processInfo.environment["PARLEY_THEMES"] ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes").path
        return Theme.load(named: "default", from: folder, requiring: Kinds.all.templates).0
    }()

    /// Reads the theme now rather than during the first input.
    public static func prepare() {
        _ = theme
    }

    /// Runs the input as a fuzzer hands it over (a selector byte, then the file).
    public static func run(_ data: [UInt8]) -> [String] {
        run(FuzzInput(data))
    }

    /// Every broken rule, as sentences; empty when the input was handled as it should be.
    /// A crash, a hang or a memory error is for the caller (libFuzzer, ASan) to see.
    public static func run(_ input: FuzzInput) -> [String] {
        let file = displayRoot + "/" + input.place.sourcePath
        let rules = DiagnosticRules(file: file, bytes: input.bytes)
        var config = CourseConfig(title: "Fuzzed course")
        let loader = ContentLoader(kinds: Kinds.all.content)
        let loaded: (Page?, [Diagnostic])
        var problems: [String] = []
        if input.place == .courseSettings {
            let (read, diagnostics) = ContentLoader.readConfig(input.bytes, file: file, kinds: Kinds.all.content.all.map { $0.name })
            config = read
            problems += rules.problems(in: diagnostics)
            config.allowsRawHTML = config.allowsRawHTML || input.allowsRawHTML
            loaded = loader.loadPage(companionLesson, at: FuzzInput.Place.modulePage.sourcePath, config: config, displayRoot: displayRoot)
        } else {
            config.allowsRawHTML = input.allowsRawHTML
            loaded = loader.loadPage(input.bytes, at: input.place.sourcePath, config: config, displayRoot: displayRoot)
            problems += rules.problems(in: loaded.1)
        }
        guard let page = loaded.0 else { return problems }
        let course = loader.course(holding: page, config: config, displayRoot: displayRoot)
        let checked = Kinds.all.content.validator.validate(course) + Build.layoutProblems(course, kinds: Kinds.all)
        // With fuzzed settings, only what is said about course.yaml concerns the input.
        problems += rules.problems(in: input.place == .courseSettings ? checked.filter { $0.file == file } : checked)
        guard input.isRendered else { return problems }
        guard let theme else { return problems + ["the default theme could not be loaded"] }
        // Rendered even when the checks found errors (a build would stop there): the
        // renderer must not depend on the author having fixed them.
        try? SiteRenderer(theme: theme, kinds: Kinds.all).render(course) { _ in }
        return problems
    }
}
