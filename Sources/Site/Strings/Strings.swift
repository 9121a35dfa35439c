import Course
import Foundation

/// The interface strings of one build: the theme's catalog for the course's language over
/// the English one, and the course's own `strings:` over both. Templates read them as
/// `{{t.quiz.submit}}` (and a text with `{placeholders}` as the partial
/// `{{>t.quiz.question_of}}`), Swift through `text` and `count`, scripts through the
/// generated `strings.js`.
public struct Strings: Sendable {
    /// The course's language tag, e.g. `de` or `fr-CA`.
    public let language: String
    public let table: StringTable
    let numbers: NumberStyle
    /// The table as nested groups, for templates.
    let root: StringGroup

    public init(language: String, table: StringTable) {
        self.language = language
        self.table = table
        numbers = NumberStyle(language: language)
        root = StringGroup(table)
    }

    /// English only, from no catalog: for tests and tools that render without a theme.
    public static let none = Strings(language: "en", table: StringTable())

    /// The text at `key` with each `{name}` filled from `values`; the key itself when the
    /// catalogs have none (which `parley check` reports).
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let entry = table[key] else { return key }
        return Self.fill(entry.text, values)
    }

    /// The text at `key`, or `fallback` when no catalog has it (a kind's own label).
    public func text(_ key: String, or fallback: String) -> String {
        table[key].map { Self.fill($0.text, [:]) } ?? fallback
    }

    /// The form of `key` for `count` in the course's language, with `{n}` the count written
    /// the language's way.
    public func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        guard let entry = table[key] else { return key }
        var values = values
        values["n"] = number(count)
        switch entry {
        case .text(let text):
            return Self.fill(text, values)
        case .forms(let forms):
            let category = PluralRule.category(of: count, language: language)
            return Self.fill(forms[category] ?? forms["other"] ?? "", values)
        }
    }

    /// `1234` as the language writes it (`1,234`, `1.234`; `١٬٢٣٤` for `ar-EG`).
    public func number(_ value: Int) -> String { numbers.number(value) }

    /// `80` as a percentage the language's way (`80%`, `80 %`; `٨٠٪` for `ar-EG`).
    public func percent(_ value: Int) -> String { numbers.percent(value) }

    /// A duration as trainees read it: `8 min`, `1 h 20 min`, from `time.*`.
    public func minutes(_ minutes: Int) -> String {
        guard minutes >= 60 else { return count("time.minutes", minutes) }
        let hours = count("time.hours", minutes / 60)
        let rest = minutes % 60
        return rest == 0 ? hours : text("time.hours_minutes", ["hours": hours, "minutes": count("time.minutes", rest)])
    }

    /// `{name}` → `values["name"]`; a name without a value stays as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The keys whose text has `{placeholders}`, each as a Mustache template: `{name}`
    /// becomes `{{name}}`, read from the context where the template uses it, and the rest
    /// is escaped for HTML.
    func placeholderTemplates() -> [(name: String, template: String)] {
        table.entries.compactMap { key, entry in
            let text = entry.text
            guard text.contains("{") else { return nil }
            var template = ""
            var rest = text[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                template += HTML.escape(String(rest[..<open])).replacingOccurrences(of: "{{", with: "{ {")
                let name = rest[rest.index(after: open)..<close]
                template += name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) && !name.isEmpty
                    ? "{{" + name + "}}" : HTML.escape(String(rest[open...close]))
                rest = rest[rest.index(after: close)...]
            }
            template += HTML.escape(String(rest))
            return ("t." + key, template)
        }
    }

    /// `strings.js`: what the theme's scripts read (`window.parleyStrings`), every key
    /// with its text or plural forms, and the language for `Intl`.
    public func script() -> Data {
        let members = table.entries.keys.sorted().map { key -> (String, String) in
            switch table.entries[key] {
            case .forms(let forms)?:
                return (key, JSON.object(forms.keys.sorted().map { ($0, JSON.string(forms[$0] ?? "")) }))
            case .text(let text)?:
                return (key, JSON.string(text))
            case nil:
                return (key, "null")
            }
        }
        let data = JSON.object([("lang", JSON.string(language)), ("strings", JSON.object(members))])
        return Data("window.parleyStrings = \(data);\n".utf8)
    }
}
