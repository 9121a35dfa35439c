/// Decoding a file's bytes as UTF-8 text, saying where it stops being UTF-8.
enum SourceText {
    /// The text, or the 1-based line and column of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8]) -> Result<String, Position> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if let text = String(validating: content, as: UTF8.self) { return .success(text) }
        var line = 1, column = 1
        var iterator = content.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return .failure(Position(line: line, column: column))
            case .error:
                return .failure(Position(line: line, column: column))
            }
        }
    }

    struct Position: Error, Equatable {
        var line: Int
        var column: Int
    }
}
