import CommonMark

/// Smart punctuation for front-matter text, matching what cmark does to the body:
/// curly quotes and apostrophes, en and em dashes, ellipses. Plain text in, plain text out.
public enum Typography {
    /// The double quotation marks of a language, by its primary subtag: German „…“,
    /// French and Spanish « … » (French with narrow no-break spaces inside), …; English
    /// “…” for a language not listed.
    public static func quotes(for language: String) -> QuoteMarks {
        let tag = language.lowercased()
        switch PluralRule.primarySubtag(of: tag) {
        case "de", "cs", "sk", "lt", "bg", "et", "is", "sl", "hr", "ka":
            return tag.hasPrefix("de-ch") || tag.hasPrefix("de-li") ? QuoteMarks(open: "«", close: "»") : QuoteMarks(open: "„", close: "“")
        case "fr":
            return tag.hasPrefix("fr-ch") ? QuoteMarks(open: "«", close: "»") : QuoteMarks(open: "«\u{202F}", close: "\u{202F}»")
        case "es", "it", "ca", "ru", "uk", "be", "el", "ar", "fa", "no", "nb", "nn", "pt", "eu", "gl", "tr", "hy", "ug":
            return tag == "pt-br" ? .english : QuoteMarks(open: "«", close: "»")
        case "pl", "hu", "ro":
            return QuoteMarks(open: "„", close: "”")
        case "sv", "fi":
            return QuoteMarks(open: "”", close: "”")
        case "ja":
            return QuoteMarks(open: "「", close: "」")
        case "zh":
            return tag.contains("hant") || tag.hasSuffix("-tw") || tag.hasSuffix("-hk") ? QuoteMarks(open: "「", close: "」") : .english
        default:
            return .english
        }
    }

    public static func smart(_ text: String, quotes: QuoteMarks = .english) -> String {
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
                result.append(contentsOf: (openDouble ? quotes.close : quotes.open).unicodeScalars)
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
