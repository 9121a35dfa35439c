import Yams

/// Interface strings by dotted key (`quiz.submit`), as a theme's catalog
/// (`i18n/de.yaml`) or a course's `strings:` in course.yaml writes them: groups of keys
/// nested by page or component, each a text or its plural forms.
public struct StringTable: Sendable, Equatable {
    public enum Entry: Sendable, Equatable {
        case text(String)
        /// Plural forms by CLDR category: `one`, `other`, and `zero`, `two`, `few`, `many`
        /// where the language needs them.
        case forms([String: String])

        /// The text, or the `other` form: what a reader without a count gets.
        public var text: String {
            switch self {
            case .text(let text): return text
            case .forms(let forms): return forms["other"] ?? forms.values.sorted().first ?? ""
            }
        }
    }

    public private(set) var entries: [String: Entry] = [:]
    /// The line each key is set on and the file it is in, for messages.
    public private(set) var lines: [String: Int] = [:]
    public private(set) var files: [String: String] = [:]

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    public subscript(key: String) -> Entry? { entries[key] }

    public var keys: Dictionary<String, Entry>.Keys { entries.keys }

    /// This table with every entry of `other` over its own.
    public func merging(_ other: StringTable) -> StringTable {
        var merged = self
        for (key, entry) in other.entries {
            merged.entries[key] = entry
            merged.lines[key] = other.lines[key]
            merged.files[key] = other.files[key]
        }
        return merged
    }

    /// The catalog names that serve `language`, the more general first: `de-CH` is served
    /// by `de`, then `de-ch` over it.
    public static func catalogNames(for language: String) -> [String] {
        let tag = language.lowercased()
        let primary = PluralRule.primarySubtag(of: tag)
        return primary == tag ? [tag] : [primary, tag]
    }

    /// The categories a plural entry may give.
    public static let pluralCategories: Set<String> = ["zero", "one", "two", "few", "many", "other"]

    /// Reads a catalog file: nested `key: value` groups down to texts or plural forms.
    public static func parse(_ yaml: String, file: String) -> (StringTable, [Diagnostic]) {
        let (fields, problems) = Fields.parse(yaml, file: file, firstLine: 1)
        guard var fields else { return (StringTable(), problems) }
        var table = StringTable()
        var diagnostics = problems
        table.read(&fields, prefix: "")
        diagnostics += fields.diagnostics
        return (table, diagnostics)
    }

    /// Adds what `fields` holds, each key under `prefix`.
    mutating func read(_ fields: inout Fields, prefix: String) {
        for name in fields.keys {
            let key = prefix + name
            lines[key] = fields.line(ofKey: name)
            files[key] = fields.file
            if let forms = fields.pluralForms(name, categories: Self.pluralCategories) {
                entries[key] = .forms(forms)
            } else if fields.isMapping(name), var group = fields.nested(name) {
                read(&group, prefix: key + ".")
                fields.absorb(group)
            } else if let text = fields.string(name) {
                entries[key] = .text(text)
            }
        }
    }
}
