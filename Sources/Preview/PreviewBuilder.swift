import Course
import Site

/// Builds the site for the preview: the whole pipeline at first and whenever the shape of
/// the course may have changed, and only the saved pages when just their text did, so a
/// save shows within a fraction of a second even in a course of a thousand lessons.
/// Used from one queue at a time.
final class PreviewBuilder: @unchecked Sendable {
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic]
        /// The new site; nil when the build has errors.
        var site: SiteSnapshot?
        /// Site paths of the pages that changed (`basics/first/`); nil when it may be any.
        var pages: [String]?
        var pageCount: Int
        var succeeded: Bool { site != nil }
    }

    /// What the last build left, to build on.
    private struct State {
        var course: Course
        var theme: Theme
        /// Diagnostics of loading and of the theme: everything the validator does not give.
        var loadDiagnostics: [Diagnostic]
        var files: [String: OutputFile]
        var hints: [String: PageHints]
        /// Files saved since their page was last rendered (paths relative to content/).
        var stalePages: Set<String> = []
        var pageCount: Int
        /// Search entries of the pages, so a save does not index every page again.
        var cache = RenderCache()
    }

    let build: Build
    private var state: State?

    init(build: Build) {
        self.build = build
    }

    /// The content folder as paths of changed files start.
    var contentFolder: String {
        var folder = build.source
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }

    /// Runs the whole pipeline, as `parley build` does, without writing.
    func buildEverything() throws -> Outcome {
        state = nil
        let result = try build.check()
        guard result.succeeded, let course = result.course else {
            return Outcome(diagnostics: result.diagnostics, site: nil, pages: nil, pageCount: 0)
        }
        var files: [String: OutputFile] = [:]
        for file in result.files { files[file.path] = file }
        let (loadedTheme, _) = Theme.load(named: course.config.theme, from: build.themesFolder, displayFolder: build.themes ?? "themes",
                                          requiring: build.kinds.templates)
        let theme = loadedTheme?.localized(for: course.config).0
        let hints = AuthorHints.make(course: course, diagnostics: result.diagnostics)
        if let theme {
            let loadDiagnostics = Self.removing(build.kinds.content.validator.validate(course), from: result.diagnostics)
            state = State(course: course, theme: theme, loadDiagnostics: loadDiagnostics, files: files, hints: hints,
                          pageCount: result.pageCount)
        }
        let site = SiteSnapshot(files: files, hints: hints)
        return Outcome(diagnostics: result.diagnostics, site: site, pages: nil, pageCount: result.pageCount)
    }

    /// Gets ready for quick rebuilds after a whole build; best done while nobody waits.
    func prepareForSaves() {
        guard let state else { return }
        SiteRenderer(theme: state.theme, kinds: build.kinds).prepare(state.cache, for: state.course)
    }

    /// Builds again after `changes`: only the saved pages when that is enough.
    func rebuild(after changes: FolderChanges) throws -> Outcome {
        guard var state, let plan = plan(for: changes, in: state.course) else {
            return try buildEverything()
        }
        let loader = ContentLoader(kinds: build.kinds.content, includesDrafts: build.includesDrafts)
        for old in plan.pages {
            let (page, problems) = loader.reload(old, in: state.course)
            state.loadDiagnostics.removeAll { $0.file == old.displayPath }
            state.loadDiagnostics += problems
            state.stalePages.insert(old.sourcePath)
            state.cache.forget(old.sourcePath)
            guard let page else { continue }
            // A new title, order or kind shows on other pages: build them all.
            guard PageOutline(page) == PageOutline(old) else { return try buildEverything() }
            state.course.replacePage(with: page)
        }
        let diagnostics = (state.loadDiagnostics + build.kinds.content.validator.validate(state.course)).sortedByPosition
        guard !diagnostics.hasErrors else {
            self.state = state
            return Outcome(diagnostics: diagnostics, site: nil, pages: nil, pageCount: state.pageCount)
        }
        // Everything but the pages that did not change: the home page, search index and
        // other files that gather pages are made again as in a whole build.
        var renderer = SiteRenderer(theme: state.theme, kinds: build.kinds)
        renderer.cache = state.cache
        let rendered = renderer.render(state.course, pagesFrom: state.stalePages)
        var files: [String: OutputFile] = [:]
        for file in rendered { files[file.path] = file }
        let layout = SiteLayout(state.course)
        for page in state.course.allPages {
            let path = layout.path(of: page) + "index.html"
            if files[path] == nil { files[path] = state.files[path] }
        }
        let hints = AuthorHints.make(course: state.course, diagnostics: diagnostics)
        // Pages to reload: those whose HTML or hints (a new warning) changed.
        var changed = Set(rendered.filter { $0.path.hasSuffix(".html") && state.files[$0.path] != $0 }.map { Self.sitePath(of: $0.path) })
        changed.formUnion(hints.keys.filter { hints[$0] != state.hints[$0] })
        changed.formUnion(state.hints.keys.filter { hints[$0] == nil })
        state.files = files
        state.hints = hints
        state.stalePages = []
        self.state = state
        let site = SiteSnapshot(files: files, hints: hints)
        let pages = plan.hasOtherFiles ? nil : changed.sorted()
        return Outcome(diagnostics: diagnostics, site: site, pages: pages, pageCount: state.pageCount)
    }

    /// `basics/first/index.html` → `basics/first/`, as the pages know themselves.
    private static func sitePath(of file: String) -> String {
        file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file
    }

    private struct Plan {
        var pages: [Page] = []
        /// Images and other files, served straight from content/: nothing to render.
        var hasOtherFiles = false
    }

    /// The pages to read again, or nil when the change needs a whole build: a file added
    /// or removed, course.yaml, the theme, or a file that is not a page of the course.
    private func plan(for changes: FolderChanges, in course: Course) -> Plan? {
        guard changes.added.isEmpty, changes.removed.isEmpty else { return nil }
        let prefix = contentFolder + "/"
        var plan = Plan()
        for path in changes.modified.sorted() {
            guard path.hasPrefix(prefix) else { return nil }
            let sourcePath = String(path.dropFirst(prefix.count))
            if sourcePath.hasSuffix(".md") {
                guard let page = course.page(from: sourcePath) else { return nil }
                plan.pages.append(page)
            } else if course.files.contains(where: { $0.path == sourcePath }) {
                plan.hasOtherFiles = true
            } else {
                return nil
            }
        }
        return plan
    }

    /// `all` without one copy of each of `some`.
    private static func removing(_ some: [Diagnostic], from all: [Diagnostic]) -> [Diagnostic] {
        var remaining = all
        for diagnostic in some {
            if let index = remaining.firstIndex(of: diagnostic) { remaining.remove(at: index) }
        }
        return remaining
    }
}
