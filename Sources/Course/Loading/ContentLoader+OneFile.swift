/// Reading one file of a course from its bytes, with no content folder on disk: the way
/// the fuzz target and the corpus replay test feed author text to the same code a load runs.
extension ContentLoader {
    /// Loads the Markdown file at `sourcePath` (relative to content/) from `bytes`, placed as
    /// a scan of the content folder places it: `faq.md` is a top-level page,
    /// `01-basics/index.md` a module's page and `01-basics/02-tone.md` a page of that module.
    public func loadPage(_ bytes: [UInt8], at sourcePath: String, config: CourseConfig,
                         displayRoot: String = "content") -> (Page?, [Diagnostic]) {
        let parts = sourcePath.split(separator: "/").map(String.init)
        let loader = PageLoader(sourcePath: sourcePath, displayPath: displayRoot + "/" + sourcePath,
                                moduleSlug: parts.count > 1 ? Slug.fileName(parts[0]) : nil,
                                isModuleIndex: parts.count > 1 && parts.last == "index.md")
        return loader.load(bytes, kinds: kinds, config: config)
    }

    /// Reads course.yaml from its bytes; `file` is how diagnostics name it. A file that is
    /// not UTF-8 or not YAML gives an untitled course and the problem. `kinds` are the names
    /// of the kinds of page, whose sections (`quiz:`) hold defaults for pages of that kind.
    public static func readConfig(_ bytes: [UInt8], file: String, kinds: [String] = []) -> (CourseConfig, [Diagnostic]) {
        let text: String
        switch SourceText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (CourseConfig(title: "Untitled course"), [problem.diagnostic(file: file)])
        }
        let (parsed, problems) = Fields.parse(text, file: file, firstLine: 1)
        guard var fields = parsed else { return (CourseConfig(title: "Untitled course"), problems) }
        let config = CourseConfig.read(&fields, kinds: kinds)
        return (config, problems + fields.diagnostics.filter { !problems.contains($0) })
    }

    /// A course holding only `page`, in the place its source path gives it (in a module
    /// whose own page is made from the folder name, as `load(from:)` does for a module
    /// without index.md), so one file can be validated and rendered on its own.
    public func course(holding page: Page, config: CourseConfig, displayRoot: String = "content") -> Course {
        let parts = page.sourcePath.split(separator: "/").map(String.init)
        guard parts.count > 1 else {
            return Course(config: config, modules: [], pages: [page], files: [], root: "", displayRoot: displayRoot)
        }
        let folder = parts[0]
        let slug = Slug.fileName(folder)
        let module: Module
        if page.kind == kinds.module.name {
            module = Module(folder: folder, slug: slug, index: page, pages: [])
        } else {
            let index = loadPage([], at: folder + "/index.md", config: config, displayRoot: displayRoot).0
                ?? page
            module = Module(folder: folder, slug: slug, index: index, pages: [page])
        }
        return Course(config: config, modules: [module], pages: [], files: [], root: "", displayRoot: displayRoot)
    }
}
