import Course
import Foundation
import Mustache

/// A theme: Mustache templates and static assets. A theme folder may hold only the
/// templates or assets it changes; everything else comes from the default theme.
public struct Theme: Sendable {
    public struct Asset: Sendable {
        /// Name as the theme has it, e.g. `style.css`.
        public var name: String
        /// Published name with a content hash, e.g. `style.3f2a9c1d.css`.
        public var hashedName: String
        public var data: Data
    }

    var library: MustacheLibrary
    /// Assets by their name in the theme.
    public let assets: [String: Asset]
    /// String catalogs by language tag (`de`, `fr-ca`), each with the file it came from;
    /// the theme's own catalog over the default theme's.
    let catalogs: [String: Catalog]
    /// The strings pages are rendered with: English until `localized(for:)`.
    public private(set) var strings: Strings = .none

    struct Catalog: Sendable {
        var table: StringTable
        /// As messages name it, e.g. `themes/default/i18n/de.yaml`.
        var file: String
    }

    /// Loads `name` from `themesFolder`, falling back to `themesFolder/default` for
    /// anything it does not override. Template syntax errors come back as diagnostics.
    public static func load(named name: String, from themesFolder: String, displayFolder: String = "themes",
                            requiring required: [String] = Theme.siteTemplates) -> (Theme?, [Diagnostic]) {
        _ = FastHTMLContentType.registered
        let folders = name == "default" ? ["default"] : ["default", name]
        var templates: [String: MustacheTemplate] = [:]
        var assets: [String: Asset] = [:]
        var catalogs: [String: Catalog] = [:]
        var diagnostics: [Diagnostic] = []
        for folder in folders {
            // Each theme is its own folder (which may itself be a link, e.g. to the default
            // theme of a parley installation); nothing inside may lead out of it.
            guard let themeFolder = SourceFolder(root: themesFolder + "/" + folder, display: "\(displayFolder)/\(folder)", role: "the theme's folder") else {
                diagnostics.append(.error("\(displayFolder)/\(folder)", "theme '\(folder)' not found",
                                          hint: "theme folders live in \(displayFolder)/; check `theme:` in course.yaml"))
                continue
            }
            for file in files(in: "templates", of: themeFolder, diagnostics: &diagnostics) where file.name.hasSuffix(".mustache") {
                let display = "\(displayFolder)/\(folder)/\(file.path)"
                guard case .success(let bytes) = SourceFile.read(file.realPath),
                      let text = String(validating: bytes, as: UTF8.self) else {
                    diagnostics.append(.error(display, "cannot read template as UTF-8 text"))
                    continue
                }
                do {
                    templates[String(file.name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.error(display, line: error.context.lineNumber, column: error.context.columnNumber,
                                              "template syntax error: \(error.error)", hint: "check the {{…}} tags on this line"))
                } catch {
                    diagnostics.append(.error(display, "template syntax error: \(error)"))
                }
            }
            for file in files(in: "i18n", of: themeFolder, diagnostics: &diagnostics) where file.name.hasSuffix(".yaml") {
                let display = "\(displayFolder)/\(folder)/\(file.path)"
                guard case .success(let bytes) = SourceFile.read(file.realPath),
                      let text = String(validating: bytes, as: UTF8.self) else {
                    diagnostics.append(.error(display, "cannot read this catalog as UTF-8 text", hint: "check its permissions and encoding"))
                    continue
                }
                let (table, problems) = StringTable.parse(text, file: display)
                diagnostics += problems
                let language = String(file.name.dropLast(".yaml".count)).lowercased()
                if let base = catalogs[language] {
                    catalogs[language] = Catalog(table: base.table.merging(table), file: display)
                } else {
                    catalogs[language] = Catalog(table: table, file: display)
                }
            }
            for file in files(in: "assets", of: themeFolder, diagnostics: &diagnostics) {
                switch SourceFile.read(file.realPath) {
                case .success(let bytes):
                    let data = Data(bytes)
                    assets[file.name] = Asset(name: file.name, hashedName: hashedName(file.name, data), data: data)
                case .failure(let failure):
                    diagnostics.append(.error("\(displayFolder)/\(folder)/\(file.path)", "cannot read this file: \(failure.reason)",
                                              hint: "check its permissions"))
                }
            }
        }
        for template in Set(required).sorted() where templates[template] == nil {
            diagnostics.append(.error("\(displayFolder)/\(name)/templates", "the theme has no '\(template).mustache' template",
                                      hint: "parley renders it; copy it from \(displayFolder)/default/templates/"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        var theme = Theme(library: MustacheLibrary(templates: templates), assets: assets, catalogs: catalogs)
        if let english = catalogs["en"] { theme.use(Strings(language: "en", table: english.table)) }
        return (theme, diagnostics)
    }

    /// The templates the site renders itself, whatever the course's kinds of page.
    public static let siteTemplates = ["base", "home", "module", "page", "404", "completion", "sidebar",
                                       "head-links", "site-header", "site-footer"]

    /// Renders the template `name` with `context`. Every template parley renders is known to
    /// be there (`load` checks); a kind that asks for another one gets nothing.
    func render(_ name: String, _ values: some TemplateValues) -> String {
        library.render(Localized(values: values, strings: strings.root), withTemplate: name) ?? ""
    }

    /// Renders with `strings`, and registers each of its texts with placeholders as a
    /// partial (`{{>t.quiz.question_of}}`).
    mutating func use(_ strings: Strings) {
        self.strings = strings
        for (name, text) in strings.placeholderTemplates() {
            // A text that is not a valid template (it cannot fail: braces are escaped) is left out.
            if let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}" + text) {
                library.register(template, named: name)
            }
        }
    }

    /// The files (not folders) of a theme's subfolder, checked like content/ is: nothing
    /// outside the themes folder, no FIFOs, no editor litter. A missing subfolder is fine.
    private static func files(in path: String, of theme: SourceFolder, diagnostics: inout [Diagnostic]) -> [SourceFolder.Entry] {
        switch theme.entry(at: path) {
        case nil:
            return []
        case .failure(let problem)?:
            diagnostics.append(problem.diagnostic)
            return []
        case .success(let folder)?:
            guard folder.isFolder else { return [] }
            let (entries, problems) = theme.entries(of: folder)
            diagnostics += problems
            return entries.filter { !$0.isFolder }
        }
    }

    /// `style.css` → `style.1a2b3c4d.css`: a new name whenever the bytes change, so
    /// browsers may cache assets for ever.
    static func hashedName(_ name: String, _ data: Data) -> String {
        // On the raw buffer: iterating `Data` byte by byte costs a call per byte, and the
        // search index of a large course is tens of megabytes.
        let hash = data.withUnsafeBytes { bytes in
            bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        let digest = String(hash, radix: 16).leftPadded(to: 16).prefix(8)
        guard let dot = name.lastIndex(of: ".") else { return "\(name).\(digest)" }
        return "\(name[..<dot]).\(digest)\(name[dot...])"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
