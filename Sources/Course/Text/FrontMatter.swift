/// The parts of a Markdown file: optional YAML front matter and the body after it.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines, or nil when the file has none.
    public var yaml: String?
    /// Line of the file on which the YAML starts (the line after the opening `---`).
    public var yamlLine: Int
    public var body: String
    /// Line of the file on which the body starts.
    public var bodyLine: Int

    /// Splits `text`. Returns a diagnostic when an opening `---` is never closed. Works on
    /// the UTF-8 bytes and stops at the closing fence: the body is never split into lines.
    public static func split(_ text: String, file: String) -> (FrontMatter, Diagnostic?) {
        let bytes = text.utf8
        guard let firstEnd = fenceEnd(in: bytes, at: bytes.startIndex) else {
            return (FrontMatter(yaml: nil, yamlLine: 0, body: text, bodyLine: 1), nil)
        }
        var line = 2
        var lineStart = firstEnd
        while lineStart < bytes.endIndex {
            if let closeEnd = fenceEnd(in: bytes, at: lineStart) {
                let yaml = String(text[firstEnd..<lineStart]).dropLastNewline()
                return (FrontMatter(yaml: yaml, yamlLine: 2, body: String(text[closeEnd...]), bodyLine: line + 1), nil)
            }
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            lineStart = bytes.index(after: newline)
            line += 1
        }
        let diagnostic = Diagnostic.error(
            file, line: 1, column: 1, "front matter is not closed",
            hint: "end the front matter with a line holding only `---`; did you forget it?")
        return (FrontMatter(yaml: nil, yamlLine: 0, body: "", bodyLine: line + 1), diagnostic)
    }

    /// If a line holding only `---` (and trailing spaces) starts at `start`, the index
    /// just after that line's newline (or the end of the text).
    private static func fenceEnd(in bytes: String.UTF8View, at start: String.Index) -> String.Index? {
        var index = start
        for _ in 0..<3 {
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") else { return nil }
            index = bytes.index(after: index)
        }
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index = bytes.index(after: index)
            case UInt8(ascii: "\n"):
                return bytes.index(after: index)
            default:
                return nil
            }
        }
        return index
    }
}

extension String {
    /// Without one final line break (`\n` or `\r\n`).
    func dropLastNewline() -> String {
        var result = self
        if result.hasSuffix("\r\n") || result.hasSuffix("\n") { result.removeLast() }
        return result
    }

    /// Without spaces and tabs (and other non-breaking whitespace) at either end; line
    /// breaks stay. Foundation's `trimmingCharacters(in: .whitespaces)` costs far more.
    public func trimmingSpaces() -> String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace && scalar != "\n" && scalar != "\r" && !("\u{0B}"..."\u{0C}").contains(scalar) && scalar != "\u{85}" && scalar != "\u{2028}" && scalar != "\u{2029}" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
