/// Smart punctuation for front-matter text, matching what cmark does to the body:
/// curly quotes and apostrophes, en and em dashes, ellipses. Plain text in, plain text out.
public enum Typography {
    public static func smart(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else {
            return text
        }
        // On Unicode scalars: every character that changes is ASCII, and walking scalars
        // costs a fraction of walking grapheme clusters, which this runs for every title
        // and summary of the course.
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        var openDouble = false
        var index = 0
        func next(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "'":
                result.append(endsWord(previous) ? "’" : "‘")
            case "\"":
                result.append(openDouble ? "”" : "“")
                openDouble.toggle()
            case "-" where next(0) == "-":
                if next(1) == "-" {
                    index += 2
                    result.append("—")
                } else {
                    index += 1
                    result.append("–")
                }
            case "." where next(0) == "." && next(1) == ".":
                index += 2
                result.append("…")
            default:
                result.append(scalar)
            }
            previous = result.last ?? scalar
        }
        return String(result)
    }

    /// Whether an apostrophe after this closes a word (it’s, 90’s, “end.’”) rather than opens a quote.
    /// A combining mark belongs to the letter before it.
    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return scalar == "." || scalar == ","
        }
    }
}
