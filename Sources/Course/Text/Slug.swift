import Foundation

/// The URL-safe names parley derives from headings and file names.
public enum Slug {
    /// A heading id the way GitHub makes one: lower case, spaces to hyphens, punctuation
    /// other than `-` and `_` dropped. `## Saying no kindly` → `saying-no-kindly`.
    public static func heading(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(byte)
                case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
                default: break
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                bytes += Array(String(scalar).lowercased().utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The order prefix of a file or folder name: `02-naming.md` → 2.
    public static func orderPrefix(_ name: String) -> Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(digits.count).first.map({ $0 == "-" || $0 == "_" }) ?? false else {
            return nil
        }
        return Int(digits)
    }

    /// The URL name of a file or folder: order prefix and `.md` dropped, lower case, only
    /// letters, digits and hyphens. `02-Naming_it.md` → `naming-it`.
    public static func fileName(_ name: String) -> String {
        var base = Substring(name)
        if base.hasSuffix(".md") { base = base.dropLast(3) }
        if orderPrefix(name) != nil {
            base = base.drop { $0.isASCII && $0.isNumber }.dropFirst()
        }
        var slug = ""
        for character in base.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// A readable title from a file or folder name: `01-staying-calm` → `Staying calm`.
    public static func title(fromFileName name: String) -> String {
        let words = fileName(name).replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// Hands out unique heading ids within one page: `-1`, `-2` for repeats, as GitHub does.
public struct HeadingIDs {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func id(for text: String) -> String {
        let base = Slug.heading(text)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 0
        return "\(base)-\(next)"
    }
}
