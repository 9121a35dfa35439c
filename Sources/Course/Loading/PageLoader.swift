import CommonMark

/// Turns one Markdown file into a `Page`, collecting every problem in it. The file's tree
/// lives only inside `load`: what leaves it is values.
struct PageLoader: Sendable {
    /// Path relative to content/, e.g. `01-why/02-calm.md`.
    let sourcePath: String
    /// Path as printed in diagnostics.
    let displayPath: String
    /// The module folder's name in URLs (`why`), or nil for a page at the top level.
    let moduleSlug: String?
    let isModuleIndex: Bool

    /// What every page may set in its front matter.
    static let commonFields = ["type", "id", "title", "summary", "objectives", "duration", "order", "draft"]

    /// `calm` for `02-calm.md`; empty for a module's index.md.
    var slug: String {
        isModuleIndex ? "" : Slug.fileName(String(sourcePath.split(separator: "/").last ?? ""))
    }

    /// `why/calm`, `why` for a module's page, `faq` at the top level.
    var identifier: String {
        guard let moduleSlug else { return slug }
        return isModuleIndex ? moduleSlug : moduleSlug + "/" + slug
    }

    func load(_ bytes: [UInt8], kinds: ContentKinds, config: CourseConfig) -> (Page?, [Diagnostic]) {
        let text: String
        switch SourceText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (nil, [problem.diagnostic(file: displayPath)])
        }
        let (parts, splitProblem) = FrontMatter.split(text, file: displayPath)
        if let splitProblem { return (nil, [splitProblem]) }
        var diagnostics: [Diagnostic] = []
        var fields = Fields.none(file: displayPath, line: 1)
        if let yaml = parts.yaml {
            let (parsed, problems) = Fields.parse(yaml, file: displayPath, firstLine: parts.yamlLine)
            diagnostics += problems
            guard let parsed else { return (nil, diagnostics) }
            fields = parsed
        }
        let hasFrontMatter = parts.yaml != nil
        let kind = self.kind(from: &fields, kinds: kinds)
        let pageID = fields.string("id") ?? identifier
        var reading = PageReading(
            document: Document(markdown: parts.body, quotes: config.quotes), file: displayPath, sourcePath: sourcePath,
            lineOffset: parts.bodyLine - 1, pageID: pageID, allowsRawHTML: config.allowsRawHTML, quotes: config.quotes, fields: fields,
            defaults: config.defaults[kind.name], givesHeadingsIDs: kind.givesHeadingsIDs, keepsProse: kind.isProse)
        let content = Self.read(kind, &reading)
        reading.readBody()
        var page = Page(kind: kind.name, content: content, sourcePath: sourcePath, displayPath: displayPath, slug: slug,
                        identifier: identifier, title: "")
        page.headings = reading.headings
        page.links = reading.links.references
        page.sections = reading.sections
        var pageFields = reading.fields
        readCommonFields(&pageFields, into: &page, hasFrontMatter: hasFrontMatter, quotes: config.quotes)
        pageFields.warnAboutUnknownKeys(known: Set(Self.commonFields + kind.fields))
        diagnostics += pageFields.diagnostics + reading.diagnostics
        if let placeholder = Placeholder.warning(in: bytes, file: displayPath) { diagnostics.append(placeholder) }
        return (page, diagnostics)
    }

    /// Opens the kind for its own `read`.
    private static func read<Kind: ContentKind>(_ kind: Kind.Type, _ reading: inout PageReading) -> any PageContent {
        Kind.read(&reading)
    }

    /// The kind `type:` names: a lesson without one, the module kind for index.md.
    private func kind(from fields: inout Fields, kinds: ContentKinds) -> any ContentKind.Type {
        let type = fields.string("type")
        if isModuleIndex {
            if type != nil {
                fields.error(at: "type", "a module's index.md cannot have a type",
                             hint: "remove the `type:` line; put quizzes and other pages in their own files")
            }
            return kinds.module
        }
        guard let type else { return kinds.lesson }
        let moduleName = kinds.module.name
        if type != moduleName, let kind = kinds.named(type) { return kind }
        let names = kinds.all.map { $0.name }.filter { $0 != moduleName }.joined(separator: ", ")
        fields.error(at: "type", "unknown type '\(type)'", hint: "use one of: \(names)")
        return kinds.lesson
    }

    private func readCommonFields(_ fields: inout Fields, into page: inout Page, hasFrontMatter: Bool, quotes: QuoteMarks) {
        let title = fields.string("title")
        if let title, !title.trimmingSpaces().isEmpty {
            page.title = Typography.smart(title, quotes: quotes)
        } else if isModuleIndex {
            page.title = Slug.title(fromFileName: String(sourcePath.split(separator: "/").first ?? ""))
        } else if !hasFrontMatter {
            fields.error(at: "title", "missing 'title' in front matter",
                         hint: "start the file with front matter:\n  ---\n  title: \"…\"\n  ---")
        } else if title != nil || !fields.has("title") {
            // (A title that is there but not text was reported as such already.)
            fields.error(at: "title", "missing 'title' in front matter", hint: "add `title: \"…\"` between the --- lines")
        }
        page.summary = fields.string("summary").map { Typography.smart($0, quotes: quotes) }
        page.objectives = (fields.strings("objectives") ?? []).map { Typography.smart($0, quotes: quotes) }
        page.duration = fields.int("duration", in: 1...600, unit: "minutes")
        page.order = fields.int("order", in: -100_000...100_000, unit: "places")
        page.isDraft = fields.bool("draft") ?? false
    }
}
