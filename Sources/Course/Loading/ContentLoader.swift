/// Reads a content folder into a `Course`: the load stage. Every file's Markdown tree is
/// parsed, read into values and freed on the thread that read it, on every core. Problems
/// in the content come back as diagnostics; only an unreadable folder throws.
public struct ContentLoader: Sendable {
    public var includesDrafts: Bool
    /// The kinds of page files may be (`Kinds.all`).
    public let kinds: ContentKinds

    public init(kinds: ContentKinds, includesDrafts: Bool = false) {
        self.kinds = kinds
        self.includesDrafts = includesDrafts
    }

    public enum Failure: Error, CustomStringConvertible {
        case notAFolder(String)

        public var description: String {
            switch self {
            case .notAFolder(let path): return "error: content folder '\(path)' does not exist or is not a folder"
            }
        }
    }

    /// Loads the course at `root`. `displayRoot` is how paths start in diagnostics.
    public func load(from root: String, displayRoot: String? = nil) throws -> (Course, [Diagnostic]) {
        let display = displayRoot ?? root
        guard let folder = SourceFolder(root: root, display: display) else { throw Failure.notAFolder(root) }
        let listing = ContentListing.scan(folder)
        var diagnostics = listing.diagnostics
        let config = readConfig(listing, display: display, diagnostics: &diagnostics)
        let kinds = kinds
        let loaded = listing.markdown.parallelMap { file -> (Page?, [Diagnostic]) in
            switch SourceFile.read(file.realPath) {
            case .success(let bytes):
                return file.loader.load(bytes, kinds: kinds, config: config)
            case .failure(let failure):
                return (nil, [.error(file.displayPath, "cannot read this file: \(failure.reason)", hint: "check its permissions")])
            }
        }
        var pagesByPath: [String: Page] = [:]
        // A kind's defaults in course.yaml are read with each of its pages: report a problem
        // in them once.
        var reported = Set(diagnostics)
        for (page, problems) in loaded {
            diagnostics += problems.filter { $0.file != display + "/course.yaml" || reported.insert($0).inserted }
            if let page, includesDrafts || !page.isDraft { pagesByPath[page.sourcePath] = page }
        }

        // Files by module folder, gathered once rather than searched for each module.
        let filesByModule = Dictionary(grouping: listing.markdown) { $0.module ?? "" }
        var modules: [Module] = []
        for folder in listing.modules {
            let files = filesByModule[folder] ?? []
            let indexPath = folder + "/index.md"
            let slug = Slug.fileName(folder)
            var index = pagesByPath[indexPath]
            if index == nil, !listing.unreadableModules.contains(folder), !files.contains(where: { $0.sourcePath == indexPath }) {
                diagnostics.append(.warning(display + "/" + folder, "module folder has no index.md; its title comes from the folder name",
                                            hint: "add \(display)/\(indexPath) with a `title:` and a short introduction"))
            }
            if index == nil {
                // A module without index.md still has a page: its title from the folder's name.
                let loader = PageLoader(sourcePath: indexPath, displayPath: display + "/" + indexPath, moduleSlug: slug, isModuleIndex: true)
                index = loader.load([], kinds: kinds, config: config).0
            }
            let pages = files
                .filter { !$0.loader.isModuleIndex }
                .compactMap { pagesByPath[$0.sourcePath] }
                .sorted(by: Self.readingOrder)
            if let index { modules.append(Module(folder: folder, slug: slug, index: index, pages: pages)) }
        }
        modules = orderModules(modules, config: config, display: display, diagnostics: &diagnostics)
        let topLevel = listing.markdown.filter { $0.module == nil }.compactMap { pagesByPath[$0.sourcePath] }
            .sorted(by: Self.readingOrder)
        let course = Course(config: config, modules: modules, pages: topLevel, files: listing.files, root: folder.realRoot, displayRoot: display)
        return (course, diagnostics)
    }

    private func readConfig(_ listing: ContentListing, display: String, diagnostics: inout [Diagnostic]) -> CourseConfig {
        let file = display + "/course.yaml"
        let fallback = CourseConfig(title: "Untitled course")
        guard let entry = listing.config else {
            // A course.yaml that may not be read (a link out of the folder, a FIFO) is reported already.
            if !diagnostics.contains(where: { $0.file == file }) {
                diagnostics.append(.error(file, "missing course.yaml", hint: "create \(file) with at least `title: \"Your course\"`"))
            }
            return fallback
        }
        switch SourceFile.read(entry.realPath) {
        case .success(let bytes):
            var (config, problems) = Self.readConfig(bytes, file: file, kinds: kinds.all.map { $0.name })
            diagnostics += problems
            config.strings = courseCatalog(listing, language: config.language, display: display, diagnostics: &diagnostics)
                .merging(config.strings)
            return config
        case .failure(let failure):
            diagnostics.append(.error(file, "cannot read course.yaml: \(failure.reason)", hint: "check the file's permissions"))
            return fallback
        }
    }

    /// `i18n/de.yaml` (then `i18n/de-ch.yaml`) of the course for its language: strings over
    /// the theme's, under course.yaml's own `strings:`.
    private func courseCatalog(_ listing: ContentListing, language: String, display: String,
                               diagnostics: inout [Diagnostic]) -> StringTable {
        var table = StringTable()
        for name in StringTable.catalogNames(for: language) {
            guard let entry = listing.catalogs[name] else { continue }
            let file = display + "/i18n/" + entry.name
            guard case .success(let bytes) = SourceFile.read(entry.realPath), let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error(file, "cannot read this catalog as UTF-8 text", hint: "check its permissions and encoding"))
                continue
            }
            let (strings, problems) = StringTable.parse(text, file: file)
            diagnostics += problems
            table = table.merging(strings)
        }
        return table
    }

    private func orderModules(_ modules: [Module], config: CourseConfig, display: String, diagnostics: inout [Diagnostic]) -> [Module] {
        let natural = modules.sorted { a, b in
            let left = (a.index.order ?? Slug.orderPrefix(a.folder) ?? Int.max, a.folder)
            let right = (b.index.order ?? Slug.orderPrefix(b.folder) ?? Int.max, b.folder)
            return left < right
        }
        guard !config.moduleOrder.isEmpty else { return natural }
        var ordered: [Module] = []
        for name in config.moduleOrder {
            if let module = natural.first(where: { $0.folder == name || $0.slug == name }) {
                ordered.append(module)
            } else {
                diagnostics.append(.error(display + "/course.yaml", line: config.lines["modules"] ?? 0, column: 1,
                                          "'modules' names '\(name)', but there is no such module folder",
                                          hint: "use folder names from \(display)/, e.g. \(natural.first?.folder ?? "01-basics")"))
            }
        }
        return ordered + natural.filter { module in !ordered.contains { $0.folder == module.folder } }
    }

    /// Explicit `order:` first, then the numeric prefix, then the file name.
    static func readingOrder(_ a: Page, _ b: Page) -> Bool {
        let nameA = String(a.sourcePath.split(separator: "/").last ?? "")
        let nameB = String(b.sourcePath.split(separator: "/").last ?? "")
        return (a.order ?? Slug.orderPrefix(nameA) ?? Int.max, nameA) < (b.order ?? Slug.orderPrefix(nameB) ?? Int.max, nameB)
    }
}
