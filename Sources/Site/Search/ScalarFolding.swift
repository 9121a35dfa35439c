import Foundation

extension SearchIndex {
    /// How two spellings of a word become one beyond lower case, chosen by the course's
    /// language (`Language`). search.js folds the same way, named by the index's
    /// `window.parleySearchFolding` (absent for `caseOnly`).
    enum Folding: Sendable {
        /// Lower case only (English and every language without a folding of its own).
        case caseOnly
        /// Also without accents (French, Spanish, German): the combining marks U+0300–U+036F
        /// of each letter's canonical decomposition are dropped (é → e, ñ → n, ü → u,
        /// ç → c), and ß → ss, œ → oe, æ → ae. German ü is not also "ue".
        case accents
        /// Also the light normalisation of Arabic: harakat (U+064B–U+0652) and tatweel
        /// (U+0640) dropped, أ إ آ → ا, ى → ي, ة → ه.
        case arabic

        /// The name search.js knows it by, nil for the default.
        var scriptName: String? {
            switch self {
            case .caseOnly: nil
            case .accents: "accents"
            case .arabic: "arabic"
            }
        }
    }

    /// Whether a letter belongs to a script written without spaces between words, whose
    /// runs of letters the index cuts into overlapping pairs: Thai, Lao, Myanmar, Khmer, the
    /// ideographic iteration marks, kana, Han (unified, extensions and compatibility) and
    /// halfwidth katakana. search.js lists the same blocks.
    @inline(__always)
    static func isSpaceless(_ value: UInt32) -> Bool {
        if value < 0x3005 {
            return (value &- 0x0E00) < 0x100 || (value &- 0x1000) < 0xA0 || (value &- 0x1780) < 0x80
        }
        return value <= 0x3007 || (value &- 0x3040) < 0xC0 || (value &- 0x31F0) < 0x10 || (value &- 0x3400) < 0x1A00
            || (value &- 0x4E00) < 0x5200 || (value &- 0xF900) < 0x200 || (value &- 0xFF66) < 0x3A
            || (value &- 0x20000) < 0x11350
    }

    /// What each scalar makes of a word with one folding, worked out once, when a text first
    /// needs it, for U+0080–U+206F (Latin, Greek, Cyrillic, Arabic and the other alphabets
    /// of two-byte UTF-8, Thai to Khmer, Latin and Greek extended, and the general
    /// punctuation of prose: curly quotes, dashes) and asked of the scalar's properties
    /// above. An entry is its bytes (at most four, little-endian in the low 32 bits), their
    /// count (bits 32–34), and whether the scalar is a letter of a word (bit 40:
    /// alphabetic, numeric or a mark) or such a letter of a script without spaces (bit 41).
    final class ScalarFolds: @unchecked Sendable {
        /// Lower case: the keys of `caseOnly`, and how every folding shows words.
        static let lowered = ScalarFolds(.caseOnly)
        static let accents = ScalarFolds(.accents)
        static let arabic = ScalarFolds(.arabic)

        static func folds(_ folding: Folding) -> ScalarFolds {
            switch folding {
            case .caseOnly: lowered
            case .accents: accents
            case .arabic: arabic
            }
        }

        static let tableEnd: UInt32 = 0x2070
        static let wordBit: UInt64 = 1 << 40
        /// A letter of a script without spaces, which is then not `wordBit`.
        static let spacelessBit: UInt64 = 1 << 41
        /// Not in the table (the extractor's entries above it): the bytes are to be made.
        static let beyondBit: UInt64 = 1 << 42
        /// The bytes and their count.
        static let bytesMask: UInt64 = 0x7_FFFF_FFFF

        /// Per scalar from U+0080.
        let entries: UnsafeMutableBufferPointer<UInt64>

        private init(_ folding: Folding) {
            let count = Int(Self.tableEnd) - 0x80
            entries = .allocate(capacity: count)
            for offset in 0..<count {
                let value = UInt32(0x80 + offset)
                guard let scalar = Unicode.Scalar(value) else {
                    entries[offset] = 0
                    continue
                }
                let flags: UInt64 = !Self.isWordCharacter(scalar) ? 0 : SearchIndex.isSpaceless(value) ? Self.spacelessBit : Self.wordBit
                entries[offset] = Self.entry(Self.fold(scalar, folding), flags: flags)
            }
        }

        /// The bytes and flags as one entry; a scalar whose bytes do not fit (none in the
        /// table has any) would be a separator.
        private static func entry(_ bytes: [UInt8], flags: UInt64) -> UInt64 {
            guard bytes.count <= 4 else { return 0 }
            var packed: UInt64 = 0
            for (index, byte) in bytes.enumerated() { packed |= UInt64(byte) << UInt64(8 * index) }
            return packed | UInt64(bytes.count) << 32 | flags
        }

        /// Alphabetic, numeric or a combining mark: what words are made of, in every script
        /// (search.js: `[\p{Alphabetic}\p{N}\p{M}]`).
        static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil { return true }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }

        /// The scalar in lower case, as `String.lowercased()` makes it scalar by scalar.
        static func lowercase(_ scalar: Unicode.Scalar) -> String {
            scalar.properties.changesWhenLowercased ? scalar.properties.lowercaseMapping : String(scalar)
        }

        /// The bytes a scalar becomes in a word with this folding: the reference for the
        /// tables, slow.
        static func fold(_ scalar: Unicode.Scalar, _ folding: Folding) -> [UInt8] {
            let lowered = lowercase(scalar)
            switch folding {
            case .caseOnly:
                return Array(lowered.utf8)
            case .accents:
                // Unchanged unless an accent goes: a letter that does not compose again
                // (क़, excluded from composition) stays as it is written.
                var kept = String.UnicodeScalarView()
                var isChanged = false
                for part in lowered.decomposedStringWithCanonicalMapping.unicodeScalars {
                    switch part {
                    case "\u{300}"..."\u{36F}": isChanged = true
                    case "ß": kept.append(contentsOf: "ss".unicodeScalars)
                    case "œ": kept.append(contentsOf: "oe".unicodeScalars)
                    case "æ": kept.append(contentsOf: "ae".unicodeScalars)
                    default: kept.append(part)
                    }
                    if part == "ß" || part == "œ" || part == "æ" { isChanged = true }
                }
                return isChanged ? Array(String(kept).precomposedStringWithCanonicalMapping.utf8) : Array(lowered.utf8)
            case .arabic:
                var kept = String.UnicodeScalarView()
                for part in lowered.unicodeScalars {
                    switch part.value {
                    case 0x064B...0x0652, 0x0640: continue
                    case 0x0622, 0x0623, 0x0625: kept.append("\u{0627}")
                    case 0x0649: kept.append("\u{064A}")
                    case 0x0629: kept.append("\u{0647}")
                    default: kept.append(part)
                    }
                }
                return Array(String(kept).utf8)
            }
        }

        /// A word as the index keys it with this folding, scalar by scalar, as the extractor
        /// does it on bytes (slowly: for stop words and tests). Above the table a scalar is
        /// lower-cased, and what that makes below it folded.
        static func key(_ word: String, _ folding: Folding) -> String {
            var bytes: [UInt8] = []
            for scalar in word.unicodeScalars {
                if scalar.value < 0x80 {
                    bytes += lowercase(scalar).utf8
                } else if scalar.value < tableEnd {
                    // ا with a madda or hamza as a combining mark (decomposed آ أ إ) is ا.
                    if folding == .arabic, (0x653...0x655).contains(scalar.value), bytes.suffix(2) == [0xD8, 0xA7] { continue }
                    bytes += fold(scalar, folding)
                } else {
                    for part in lowercase(scalar).unicodeScalars {
                        bytes += part.value < tableEnd && part.value >= 0x80 ? fold(part, folding) : Array(String(part).utf8)
                    }
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
