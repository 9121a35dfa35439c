/// A URL as cmark writes it into `href` and `src`: the characters of URLs and their
/// reserved characters stay, `&` and `'` become entities, everything else is %-encoded. A
/// link the site points somewhere (another page, a file) must come out exactly as cmark
/// would have written it, so the output does not depend on who wrote the attribute.
enum HrefEscaping {
    static func escape(_ url: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += Array("&amp;".utf8)
            case UInt8(ascii: "'"): result += Array("&#x27;".utf8)
            default:
                if isKept(byte) {
                    result.append(byte)
                } else {
                    result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Letters, digits and `-_.+!*(),%#@?=;:/$`: what URLs hold as they are (cmark's own
    /// list; it %-encodes even `~`).
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$".utf8.contains(byte)
        }
    }
}
