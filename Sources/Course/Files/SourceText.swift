/// Decoding a file's bytes as UTF-8 text, saying where it stops being text an author meant.
enum SourceText {
    /// Why bytes are not the text of a course file, and where (1-based line and column).
    struct Problem: Error, Equatable {
        enum Kind: Equatable {
            case invalidUTF8
            /// A NUL byte: C code (cmark, libyaml) would read the text only up to it, and
            /// everything after it would vanish from the page without a word.
            case nul
        }

        var kind: Kind
        var line: Int
        var column: Int

        func diagnostic(file: String) -> Diagnostic {
            switch kind {
            case .invalidUTF8:
                return .error(file, line: line, column: column, "file is not valid UTF-8 text",
                              hint: "save the file as UTF-8 in your editor")
            case .nul:
                return .error(file, line: line, column: column, "file contains a NUL byte (character 0)",
                              hint: "delete it: a NUL byte is usually left by a broken copy or a binary file saved as text")
            }
        }
    }

    /// The text without a byte order mark, or where it goes wrong.
    static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if let text = String(validating: content, as: UTF8.self) {
            guard let nul = content.firstIndex(of: 0) else { return .success(text) }
            let (line, column) = position(of: nul, in: content)
            return .failure(Problem(kind: .nul, line: line, column: column))
        }
        var line = 1, column = 1
        var iterator = content.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { return .failure(Problem(kind: .nul, line: line, column: column)) }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return .failure(Problem(kind: .invalidUTF8, line: line, column: column))
            }
        }
    }

    /// Line and column (in characters as an editor counts them, roughly: Unicode scalars)
    /// of the byte at `index`, in valid UTF-8.
    private static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<index] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
