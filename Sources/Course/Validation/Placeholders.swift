/// Example text that `parley new` writes for the author to replace. Each piece of it starts
/// with `marker`, ✎, after its Markdown or YAML syntax (`summary: ✎ One sentence…`,
/// `- [x] ✎ The right answer`), and a page that still holds one gets a warning at the first
/// such line, naming the others: a scaffolded page passes `parley check` otherwise, and
/// would be published with its example sentences. (A pencil, not words such as "Replace
/// this", which a lesson on wording may well use.)
public enum Placeholder {
    /// ✎, U+270E LOWER RIGHT PENCIL.
    public static let marker = "\u{270E}"

    /// Its bytes in UTF-8: E2 9C 8E.
    private static let bytes: [UInt8] = Array(marker.utf8)

    /// At most this many line numbers are listed in the warning.
    static let linesListed = 10

    /// The warning for a file's text, or nil when no line holds the marker. One pass over
    /// the bytes looks for the marker; lines (and the first mark's column, in characters as
    /// an editor counts them, roughly: Unicode scalars) are counted only in a file that has one.
    public static func warning(in text: [UInt8], file: String) -> Diagnostic? {
        let (b0, b1, b2) = (bytes[0], bytes[1], bytes[2])
        let offsets: [Int] = text.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            var index = 0
            let end = buffer.count - 2
            while index < end {
                if buffer[index] == b0, buffer[index + 1] == b1, buffer[index + 2] == b2 {
                    found.append(index)
                    index += 3
                } else {
                    index += 1
                }
            }
            return found
        }
        guard let first = offsets.first else { return nil }
        var lines: [Int] = []
        var line = 1, column = 1, firstColumn = 1
        // A byte order mark is not a character an editor shows.
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { column = 0 }
        var next = 0
        for (index, byte) in text.enumerated() {
            if next < offsets.count, index == offsets[next] {
                if lines.last != line { lines.append(line) }
                if index == first { firstColumn = column }
                next += 1
                if next == offsets.count { break }
            }
            // A lone `\r` breaks a line too, as cmark counts lines.
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == text.count || text[index + 1] != UInt8(ascii: "\n"))) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        let more = lines.count - 1
        var message = "placeholder text from `parley new` is still here"
        if more > 0 {
            let listed = lines.dropFirst().prefix(linesListed).map(String.init).joined(separator: ", ")
            message += " and on \(more) more line\(more == 1 ? "" : "s") (\(listed)\(more > linesListed ? ", …" : ""))"
        }
        return .warning(file, line: lines[0], column: firstColumn, message,
                        hint: "write your own text in place of each example marked \(marker), and delete the \(marker)")
    }
}
