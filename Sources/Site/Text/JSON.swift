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
        let escaped: [UInt8]? = text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsLook) else { return nil }
            return escape(bytes, from: first)
        }
        guard let escaped else { return "\"" + text + "\"" }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Whether a byte may need escaping: a control character, `"`, `\\`, `<`, `>`, `&`, or
    /// the first byte of U+2028/2029 (also of curly quotes, dashes and "…", which stay).
    @inline(__always)
    private static func needsLook(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2
    }

    /// The quoted literal of valid UTF-8 whose first byte that may need escaping is at
    /// `first`: runs of bytes that need none are copied whole (the text of a section is
    /// full of curly quotes, which share their first byte with U+2028).
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8 + 8)
        result.append(UInt8(ascii: "\""))
        result.append(contentsOf: bytes[..<first])
        let hex = Array("0123456789abcdef".utf8)
        var index = first
        var runStart = first
        while index < bytes.count {
            let byte = bytes[index]
            guard needsLook(byte) else {
                index += 1
                continue
            }
            var replacement: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "\""): replacement = "\\\""
            case UInt8(ascii: "\\"): replacement = "\\\\"
            case UInt8(ascii: "\n"): replacement = "\\n"
            case UInt8(ascii: "\r"): replacement = "\\r"
            case UInt8(ascii: "\t"): replacement = "\\t"
            case UInt8(ascii: "<"): replacement = "\\u003c"
            case UInt8(ascii: ">"): replacement = "\\u003e"
            case UInt8(ascii: "&"): replacement = "\\u0026"
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    replacement = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                }
            default:
                replacement = "\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
            }
            guard let replacement else {
                index += 1
                continue
            }
            result.append(contentsOf: bytes[runStart..<index])
            result.append(contentsOf: replacement.utf8)
            index += length
            runStart = index
        }
        result.append(contentsOf: bytes[runStart..<bytes.count])
        result.append(UInt8(ascii: "\""))
        return result
    }

    /// An object from keys and already-encoded values, in the order given.
    public static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    public static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}
