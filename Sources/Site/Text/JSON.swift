/// Writing JSON text (the search index, the course outline, an FAQ's structured data):
/// faster than going through `JSONSerialization`'s untyped dictionaries, with a stable key
/// order, and always safe inside an HTML element or a script.
public enum JSON {
    /// `text` as a JSON string literal. `<`, `>` and `&` are written `\u003c`, `\u003e` and
    /// `\u0026`, and U+2028/2029 escaped too, so no text can close a `<script>`, open a
    /// comment (`<!--` keeps a script element open to the end of the page) or end a line
    /// in older JavaScript.
    public static func string(_ text: String) -> String {
        // Most strings need no escaping at all. Checked on the contiguous bytes: going
        // through `String.UTF8View`'s iterator took several times longer.
        var text = text
        let needsEscaping = text.withUTF8 { bytes in
            bytes.contains { byte in
                byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
                    || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2
            }
        }
        if !needsEscaping { return "\"" + text + "\"" }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// An object from keys and already-encoded values, in the order given.
    public static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    public static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}
