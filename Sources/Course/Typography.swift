/// Smart punctuation for front-matter text, matching what cmark does to the body:
/// curly quotes and apostrophes, en and em dashes, ellipses. Plain text in, plain text out.
public enum Typography {
    public static func smart(_ text: String) -> String {
        guard text.contains(where: { "'\"-.".contains($0) }) else { return text }
        var result = ""
        var previous: Character = " "
        var openDouble = false
        var characters = Array(text)[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case "'":
                result.append(previous.isLetter || previous.isNumber || previous == "." || previous == "," ? "’" : "‘")
            case "\"":
                result.append(openDouble ? "”" : "“")
                openDouble.toggle()
            case "-" where characters.first == "-":
                characters = characters.dropFirst()
                if characters.first == "-" {
                    characters = characters.dropFirst()
                    result.append("—")
                } else {
                    result.append("–")
                }
            case "." where characters.prefix(2).elementsEqual(".."):
                characters = characters.dropFirst(2)
                result.append("…")
            default:
                result.append(character)
            }
            previous = result.last ?? character
        }
        return result
    }
}
