import Course
import Foundation
import Kinds
import Site

/// `parley new`: a page or a module with front matter and a short example of its format
/// (each kind writes its own), numbered after the last one in its folder, never over an
/// existing file or URL.
public struct Scaffold: Sendable {
    /// What `parley new` can make: every kind of page, by the name `type:` gives it (a
    /// module is a folder with the module kind's index.md), and the kinds' other starting
    /// points (`final`: a quiz set up as a final assessment).
    public static var kindNames: [String] {
        Kinds.all.all.flatMap { [$0.name] + $0.scaffoldVariants.keys.sorted() }
    }

    /// The kind a name makes, and the file it starts from.
    static func starter(named name: String) -> (kind: any SiteKind.Type, scaffold: (String) -> String)? {
        if let kind = Kinds.all.named(name) { return (kind, kind.scaffold(title:)) }
        for kind in Kinds.all.all {
            if let variant = kind.scaffoldVariants[name] { return (kind, variant) }
        }
        return nil
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case noContentFolder(String)
        case unknownKind(String)
        case titleWithoutLetters(String)
        case moduleNeeded(String, available: [String])
        case noSuchModule(String, available: [String])
        case moduleInModule
        case exists(String)
        case reservedURL(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .noContentFolder(let path):
                return "error: content folder '\(path)' does not exist\n  hint: run it in the course's folder, or pass --source DIR"
            case .unknownKind(let name):
                return "error: parley cannot make a '\(name)'\n  hint: make one of: \(Scaffold.kindNames.joined(separator: ", "))"
            case .titleWithoutLetters(let title):
                return "error: the title '\(title)' has no letters or digits to name the file after"
            case .moduleNeeded(let kind, let available):
                return "error: a \(kind) belongs in a module; say which with --module NAME\n  hint: \(Self.listing(available))"
            case .noSuchModule(let name, let available):
                return "error: there is no module '\(name)'\n  hint: \(Self.listing(available))"
            case .moduleInModule:
                return "error: a module cannot be inside another module; leave out --module"
            case .exists(let path):
                return "error: '\(path)' already has this URL; refusing to overwrite it\n  hint: choose another title"
            case .reservedURL(let path):
                return "error: the URL /\(path) is used by the site itself\n  hint: choose another title"
            case .cannotWrite(let path, let reason):
                return "error: cannot write '\(path)': \(reason)"
            }
        }

        private static func listing(_ modules: [String]) -> String {
            modules.isEmpty ? "create one first with `parley new module \"Title\"`" : "modules: " + modules.joined(separator: ", ")
        }
    }

    /// The content folder, as paths are printed.
    public var source: String

    public init(source: String = "content") {
        self.source = source
    }

    /// Writes the new file and returns its path, starting with `source`.
    public func create(_ kindName: String, title: String, module: String? = nil) throws -> String {
        guard let (kind, scaffold) = Self.starter(named: kindName) else { throw Failure.unknownKind(kindName) }
        guard Self.isFolder(source) else { throw Failure.noContentFolder(source) }
        let title = title.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let slug = Slug.fileName(title)
        guard !slug.isEmpty else { throw Failure.titleWithoutLetters(title) }
        let folder = try self.folder(for: kind, module: module)
        let isModule = kind.name == ModuleKind.name
        let siblings = Self.entries(of: folder).filter { name in
            isModule ? Self.isFolder(folder + "/" + name) : name.hasSuffix(".md") && name != "index.md"
        }
        if let clash = siblings.first(where: { Slug.fileName($0) == slug }) {
            throw Failure.exists(folder + "/" + clash)
        }
        if folder == source, Build.reservedFolders(kinds: Kinds.all).contains(slug + "/") {
            throw Failure.reservedURL(slug + "/")
        }
        let name = Self.nextNumber(after: siblings) + "-" + slug
        let path = isModule ? "\(folder)/\(name)/index.md" : "\(folder)/\(name).md"
        do {
            if isModule {
                try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: false)
            }
            try Data(scaffold(Self.quoted(title)).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw Failure.cannotWrite(path, error.localizedDescription)
        }
        return path
    }

    /// Where a page of this kind goes: its module's folder, or content/ itself for a module
    /// or a top-level FAQ page.
    private func folder(for kind: any SiteKind.Type, module: String?) throws -> String {
        let modules = Self.entries(of: source).filter { Self.isFolder(source + "/" + $0) }
        let isModule = kind.name == ModuleKind.name
        guard let module else {
            guard isModule || kind.mayStandAlone else { throw Failure.moduleNeeded(kind.name, available: modules) }
            return source
        }
        guard !isModule else { throw Failure.moduleInModule }
        let wanted = Slug.fileName(module)
        guard let folder = modules.first(where: { $0 == module }) ?? modules.first(where: { Slug.fileName($0) == wanted }) else {
            throw Failure.noSuchModule(module, available: modules)
        }
        return source + "/" + folder
    }

    /// A YAML double-quoted string, so a title with a colon or a quote stays a title.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// One more than the highest order prefix, as wide as the widest (at least two digits).
    static func nextNumber(after names: [String]) -> String {
        let prefixes = names.filter { Slug.orderPrefix($0) != nil }.map { $0.prefix { $0.isASCII && $0.isNumber } }
        let next = (prefixes.compactMap { Int($0) }.max() ?? 0) + 1
        let width = max(2, prefixes.map(\.count).max() ?? 2)
        let digits = String(next)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func entries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
