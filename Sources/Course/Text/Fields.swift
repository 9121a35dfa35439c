import Yams

/// Typed reading of a YAML mapping (front matter or course.yaml). Every missing or
/// wrongly typed field becomes a diagnostic at the field's own line, instead of a throw.
public struct Fields: @unchecked Sendable {
    public let file: String
    private let lineOffset: Int
    private var entries: [String: (key: Yams.Node, value: Yams.Node)] = [:]
    private var keyOrder: [String] = []
    /// The YAML's last line, counted from its first.
    private var lastLine = 1
    public private(set) var diagnostics: [Diagnostic] = []

    /// Parses `yaml`, whose first line is line `firstLine` of `file`. Returns nil fields
    /// (with the diagnostic) when the YAML itself is invalid.
    static func parse(_ yaml: String, file: String, firstLine: Int) -> (Fields?, [Diagnostic]) {
        var fields = Fields(file: file, lineOffset: firstLine - 1)
        fields.lastLine = max(1, yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count)
        let root: Yams.Node?
        do {
            // An explicit encoding: the default one reads the whole environment on every call.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            // libyaml may notice an unclosed bracket or quote only at the end of the text:
            // point at the YAML's last line, not at the closing `---`.
            return (nil, [fields.diagnostic(for: error, lastLine: fields.lastLine)])
        } catch {
            return (nil, [.error(file, line: firstLine, column: 1, "invalid YAML: \(error)")])
        }
        guard let root else { return (fields, []) }
        guard let mapping = root.mapping else {
            let diagnostic = Diagnostic.error(
                file, line: fields.line(of: root), column: 1, "front matter must be a set of `key: value` lines",
                hint: "write one field per line, e.g. `title: \"Staying calm\"`")
            return (nil, [diagnostic])
        }
        fields.add(mapping)
        return (fields, fields.diagnostics)
    }

    private mutating func add(_ mapping: Yams.Node.Mapping) {
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if entries[name] != nil {
                diagnostics.append(.error(
                    file, line: line(of: key), column: column(of: key),
                    "'\(name)' is set twice", hint: "keep one of the two lines"))
            }
            entries[name] = (key, value)
            keyOrder.append(name)
        }
    }

    /// The fields of a mapping under `key` (`quiz:` in course.yaml, with its own fields), or
    /// nil when there is none; an error when `key` holds something else.
    public mutating func nested(_ key: String) -> Fields? {
        guard let value = value(key) else { return nil }
        guard let mapping = value.mapping else {
            report(key, value, "'\(key)' must be a set of `key: value` lines",
                   hint: "indent its fields under `\(key):`, one per line")
            return nil
        }
        var fields = Fields(file: file, lineOffset: lineOffset)
        fields.lastLine = lastLine
        fields.add(mapping)
        diagnostics += fields.diagnostics
        fields.diagnostics = []
        return fields
    }

    /// No fields at all, for a file without front matter.
    public static func none(file: String, line: Int) -> Fields {
        Fields(file: file, lineOffset: line - 1)
    }

    private init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether `key` holds a mapping (`draw: {listening: 3}`) rather than one value.
    public func isMapping(_ key: String) -> Bool {
        value(key)?.mapping != nil
    }

    /// The plural forms under `key` (`one: "{n} minute"`, `other: "{n} minutes"`): nil
    /// unless it is a mapping whose every key is one of `categories`, `other` among them.
    public mutating func pluralForms(_ key: String, categories: Set<String>) -> [String: String]? {
        guard let mapping = value(key)?.mapping else { return nil }
        let names = mapping.keys.compactMap(\.string)
        guard names.count == mapping.count, names.contains("other"), names.allSatisfy(categories.contains),
              var nested = nested(key) else { return nil }
        var forms: [String: String] = [:]
        for name in names { forms[name] = nested.string(name) }
        absorb(nested)
        return forms
    }

    /// Takes the problems found in fields read from one of these (`nested`).
    public mutating func absorb(_ other: Fields) {
        diagnostics += other.diagnostics
    }

    /// The keys, in the order written.
    public var keys: [String] { keyOrder }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// Line in the file where `key` is written, or the first YAML line.
    public func line(ofKey key: String) -> Int {
        entries[key].map { line(of: $0.key) } ?? lineOffset + 1
    }

    public mutating func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        if case .scalar(let scalar) = value, value.null == nil { return checkedText(scalar.string, key: key, node: value) }
        if value.null != nil { return nil }
        report(key, value, "'\(key)' must be text", hint: "write `\(key): \"…\"`")
        return nil
    }

    /// The text, unless it holds a control character (YAML's `"\0"` or `"\x07"`): a NUL
    /// would cut the text short in C code and no control character belongs in a page.
    private mutating func checkedText(_ text: String, key: String, node: Yams.Node) -> String? {
        guard let control = text.unicodeScalars.first(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" || $0.value == 0x7F }) else {
            return text
        }
        let code = String(control.value, radix: 16, uppercase: true)
        report(key, node, "'\(key)' contains the control character U+\(String(repeating: "0", count: 4 - code.count) + code)",
               hint: "remove it; check for escapes such as `\\0` in quoted text")
        return nil
    }

    public mutating func int(_ key: String, in range: ClosedRange<Int>, unit: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard let number = Self.wholeNumber(value) else {
            let shown = value.string.map { " (found '\($0)')" } ?? ""
            report(key, value, "'\(key)' must be a whole number of \(unit)\(shown)",
                   hint: "write digits, e.g. `\(key): \(range.lowerBound + (range.upperBound - range.lowerBound) / 10)`")
            return nil
        }
        guard range.contains(number) else {
            report(key, value, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound) (found \(number))")
            return nil
        }
        return number
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.bool else {
            report(key, value, "'\(key)' must be true or false", hint: "write `\(key): true` or `\(key): false`")
            return nil
        }
        return flag
    }

    public mutating func strings(_ key: String) -> [String]? {
        guard let value = value(key) else { return nil }
        if case .scalar = value, let single = value.string { return checkedText(single, key: key, node: value).map { [$0] } }
        guard case .sequence(let sequence) = value else {
            report(key, value, "'\(key)' must be a list", hint: "write one `- item` per line under `\(key):`")
            return nil
        }
        var result: [String] = []
        for item in sequence {
            guard case .scalar = item, let text = item.string else {
                report(key, item, "each item of '\(key)' must be text")
                continue
            }
            if let text = checkedText(text, key: key, node: item) { result.append(text) }
        }
        return result
    }

    /// Warns about keys nobody reads, which are usually typos.
    public mutating func warnAboutUnknownKeys(known: Set<String>) {
        for name in keyOrder where !known.contains(name) {
            guard let entry = entries[name] else { continue }
            let suggestion = known.sorted().min { ($0.editDistance(to: name, limit: 2), $0) < ($1.editDistance(to: name, limit: 2), $1) }.flatMap { $0.isNear(name) ? $0 : nil }
            diagnostics.append(.warning(
                file, line: line(of: entry.key), column: column(of: entry.key), "unknown field '\(name)' is ignored",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "known fields: \(known.sorted().joined(separator: ", "))"))
        }
    }

    public mutating func warning(at key: String, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(file, line: line(ofKey: key), column: 1, message, hint: hint))
    }

    public mutating func error(at key: String, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line(ofKey: key), column: 1, message, hint: hint))
    }

    private func value(_ key: String) -> Yams.Node? {
        entries[key]?.value
    }

    private mutating func report(_ key: String, _ node: Yams.Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line(of: node), column: column(of: node), message, hint: hint))
    }

    /// libyaml starts a new line at the end of a text without a final line break, and may
    /// mark an empty node there (the empty document after a lone `---`): a line past the
    /// end, so a node's line is kept within the YAML.
    private func line(of node: Yams.Node) -> Int {
        min(node.mark?.line ?? 1, lastLine) + lineOffset
    }

    private func column(of node: Yams.Node) -> Int {
        node.mark?.column ?? 1
    }

    /// Where libyaml says the mistake is. Its problem mark is where it gave up, often the
    /// end of the text (a quote never closed); its context mark is where the construct it
    /// was reading began (the opening quote, the key without a colon): the line to fix.
    private func diagnostic(for error: YamlError, lastLine: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var position = (line: min(mark.line, lastLine), column: mark.line <= lastLine ? mark.column : 1)
            if let context, context.mark.line <= mark.line {
                position = (min(context.mark.line, lastLine), context.mark.column)
            }
            let what = context.map { "\(problem) \($0.text)" } ?? problem
            return .error(file, line: position.line + lineOffset, column: position.column, "invalid YAML: \(what)",
                          hint: Self.hint(forProblem: what))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams rejects the whole mapping: name the key at its first line, not the dump of
            // the whole YAML with a line counted from the YAML's start that Yams writes.
            return .error(file, line: min(context.mark.line, lastLine) + lineOffset, column: context.mark.column,
                          "'\(duplicates.joined(separator: "', '"))' is set twice", hint: "keep one of the two lines")
        default:
            return .error(file, line: lineOffset + 1, column: 1, "invalid YAML: \(error)")
        }
    }

    /// What usually causes each of libyaml's complaints, said as the fix.
    static func hint(forProblem problem: String) -> String {
        if problem.contains("could not find expected ':'") {
            return "each line is `key: value`: add the colon after the name of the field"
        }
        if problem.contains("quoted scalar") {
            return "a quotation mark opened here is never closed: close it at the end of the text, or remove it"
        }
        if problem.contains("mapping values are not allowed") {
            return "text with a colon needs quotes, e.g. `title: \"Boundaries: saying no\"`"
        }
        if problem.contains("cannot start any token") {
            return "indent with spaces, not tabs, and put text that starts with @, ` or % in quotes"
        }
        if problem.contains("block") || problem.contains("indentation") {
            return "check the indentation: list items and nested fields line up under their key"
        }
        return "check the indentation and quoting on this line"
    }
}

extension String {
    /// True when the two names differ by at most two edits: enough to catch `titel`.
    public func isNear(_ other: String) -> Bool {
        editDistance(to: other, limit: 2) <= 2
    }

    /// The number of single-character insertions, deletions and substitutions that turn
    /// one into the other (Levenshtein), or `limit + 1` once it is known to be larger.
    public func editDistance(to other: String, limit: Int) -> Int {
        // Lengths first: this runs for every candidate of every suggestion.
        guard abs(count - other.count) <= limit else { return limit + 1 }
        let a = Array(self), b = Array(other)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            previous = current
        }
        return Swift.min(previous[b.count], limit + 1)
    }
}
