import Yams

/// Typed reading of a YAML mapping (front matter or course.yaml). Every missing or
/// wrongly typed field becomes a diagnostic at the field's own line, instead of a throw.
struct Fields {
    let file: String
    private let lineOffset: Int
    private var entries: [String: (key: Yams.Node, value: Yams.Node)] = [:]
    private var keyOrder: [String] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Parses `yaml`, whose first line is line `firstLine` of `file`. Returns nil fields
    /// (with the diagnostic) when the YAML itself is invalid.
    static func parse(_ yaml: String, file: String, firstLine: Int) -> (Fields?, [Diagnostic]) {
        var fields = Fields(file: file, lineOffset: firstLine - 1)
        let root: Yams.Node?
        do {
            // An explicit encoding: the default one reads the whole environment on every call.
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            // libyaml may notice an unclosed bracket or quote only at the end of the text:
            // point at the YAML's last line, not at the closing `---`.
            let lastLine = max(1, yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count)
            return (nil, [fields.diagnostic(for: error, lastLine: lastLine)])
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
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if fields.entries[name] != nil {
                fields.diagnostics.append(.error(
                    file, line: fields.line(of: key), column: fields.column(of: key),
                    "'\(name)' is set twice", hint: "keep one of the two lines"))
            }
            fields.entries[name] = (key, value)
            fields.keyOrder.append(name)
        }
        return (fields, fields.diagnostics)
    }

    private init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    var isEmpty: Bool { entries.isEmpty }

    func has(_ key: String) -> Bool { entries[key] != nil }

    /// Line in the file where `key` is written, or the first YAML line.
    func line(ofKey key: String) -> Int {
        entries[key].map { line(of: $0.key) } ?? lineOffset + 1
    }

    mutating func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        if case .scalar(let scalar) = value, value.null == nil { return scalar.string }
        if value.null != nil { return nil }
        report(key, value, "'\(key)' must be text", hint: "write `\(key): \"…\"`")
        return nil
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>, unit: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard let number = value.int else {
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

    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.bool else {
            report(key, value, "'\(key)' must be true or false", hint: "write `\(key): true` or `\(key): false`")
            return nil
        }
        return flag
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let value = value(key) else { return nil }
        if case .scalar = value, let single = value.string { return [single] }
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
            result.append(text)
        }
        return result
    }

    /// Warns about keys nobody reads, which are usually typos.
    mutating func warnAboutUnknownKeys(known: Set<String>) {
        for name in keyOrder where !known.contains(name) {
            guard let entry = entries[name] else { continue }
            let suggestion = known.sorted().first { $0.isNear(name) }
            diagnostics.append(.warning(
                file, line: line(of: entry.key), column: column(of: entry.key), "unknown field '\(name)' is ignored",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "known fields: \(known.sorted().joined(separator: ", "))"))
        }
    }

    mutating func error(at key: String, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line(ofKey: key), column: 1, message, hint: hint))
    }

    private func value(_ key: String) -> Yams.Node? {
        entries[key]?.value
    }

    private mutating func report(_ key: String, _ node: Yams.Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line(of: node), column: column(of: node), message, hint: hint))
    }

    private func line(of node: Yams.Node) -> Int {
        (node.mark?.line ?? 1) + lineOffset
    }

    private func column(of node: Yams.Node) -> Int {
        node.mark?.column ?? 1
    }

    private func diagnostic(for error: YamlError, lastLine: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let line = min(mark.line, lastLine)
            return .error(file, line: line + lineOffset, column: line == mark.line ? mark.column : 1, "invalid YAML: \(problem)",
                          hint: "check the indentation and quoting on this line; text with a colon needs quotes")
        default:
            return .error(file, line: lineOffset + 1, column: 1, "invalid YAML: \(error)")
        }
    }
}

extension String {
    /// True when the two names differ by at most two edits: enough to catch `titel`.
    func isNear(_ other: String) -> Bool {
        let a = Array(self), b = Array(other)
        guard abs(a.count - b.count) <= 2 else { return false }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] <= 2
    }
}
