import Course

/// What every diagnostic about one file must hold, whatever the file says: it names that
/// file, and a problem at a place in it gives a line that exists, so an editor can jump there.
struct DiagnosticRules {
    /// The file as diagnostics print it, e.g. `content/01-module/02-page.md`.
    let file: String
    /// The file's last line: line breaks counted the most generous way any reader counts
    /// them (cmark and libyaml also break at a lone `\r`, libyaml at U+0085, U+2028, U+2029).
    let lastLine: Int

    init(file: String, bytes: [UInt8]) {
        self.file = file
        var breaks = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                breaks += 1
            case UInt8(ascii: "\r"):
                if index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { breaks += 1 }
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                breaks += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                breaks += 1
            default:
                break
            }
            index += 1
        }
        lastLine = breaks + 1
    }

    /// Each broken rule as a sentence naming the diagnostic; empty when all hold.
    func problems(in diagnostics: [Diagnostic]) -> [String] {
        diagnostics.compactMap { diagnostic in
            if diagnostic.file.isEmpty { return "no file: \(diagnostic)" }
            if diagnostic.file != file { return "names \(diagnostic.file), not the file read (\(file)): \(diagnostic)" }
            if diagnostic.line < 1 { return "no line: \(diagnostic)" }
            if diagnostic.line > lastLine { return "line \(diagnostic.line) is past the file's last line \(lastLine): \(diagnostic)" }
            return nil
        }
    }
}
