/// The parts of a Markdown file: optional YAML front matter and the body after it.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines, or nil when the file has none.
    public var yaml: String?
    /// Line of the file on which the YAML starts (the line after the opening `---`).
    public var yamlLine: Int
    public var body: String
    /// Line of the file on which the body starts.
    public var bodyLine: Int

    /// Splits `text`. Returns a diagnostic when an opening `---` is never closed.
    public static func split(_ text: String, file: String) -> (FrontMatter, Diagnostic?) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let first = lines.first, isFence(first) else {
            return (FrontMatter(yaml: nil, yamlLine: 0, body: text, bodyLine: 1), nil)
        }
        guard let close = lines.dropFirst().firstIndex(where: isFence) else {
            let diagnostic = Diagnostic.error(
                file, line: 1, column: 1, "front matter is not closed",
                hint: "end the front matter with a line holding only `---`; did you forget it?")
            return (FrontMatter(yaml: nil, yamlLine: 0, body: "", bodyLine: lines.count + 1), diagnostic)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2), nil)
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingWhitespace == "---"
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
