import Foundation
import Testing
@testable import Site

/// The search index's words and inversion on bytes, against the `String` version they
/// replaced (`Reference` below): same words, same postings, same bytes.
@Suite struct SearchWordsTests {
    /// The index's `"words":{…}` as the `Set<String>` / `[String: [Int]]` version wrote it,
    /// one text per section. It sorted with `String`'s `<`; here the words are sorted by
    /// their NFC form, which is what `<` compares except where it has a bug (it cannot
    /// order "한" typed as jamo against "한국어", and then the order depended on the hash seed).
    enum Reference {
        static func words(_ text: String) -> [String] {
            var seen = SearchIndex.stopWords
            var result: [String] = []
            var word: [UInt8] = []
            var isASCII = true
            func finish() {
                defer { word.removeAll(keepingCapacity: true); isASCII = true }
                guard word.count > 1 else { return }
                let string = isASCII ? String(decoding: word, as: UTF8.self) : String(decoding: word, as: UTF8.self).lowercased()
                if seen.insert(string).inserted { result.append(string) }
            }
            var utf8 = Array(text.utf8)[...]
            while let byte = utf8.first {
                if byte < 0x80 {
                    utf8 = utf8.dropFirst()
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                    default: finish()
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let bytes = Array(utf8.prefix(length))
                utf8 = utf8.dropFirst(length)
                let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first
                if let scalar, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    word += bytes
                    isASCII = false
                } else {
                    finish()
                }
            }
            finish()
            return result
        }

        static func index(_ sections: [String]) -> String {
            let sectionWords = sections.map(words)
            return (0..<4).map { shard -> String in
                var postings: [String: [Int]] = [:]
                for (number, words) in sectionWords.enumerated() {
                    for word in words where Int(word.utf8.first ?? 0) % 4 == shard {
                        postings[word, default: []].append(number)
                    }
                }
                return postings.keys.sorted { $0._nfcCodeUnits.lexicographicallyPrecedes($1._nfcCodeUnits) }.map { word in
                    JSON.string(word) + ":" + JSON.string(InvertedShard.deltaCoded(postings[word] ?? []))
                }.joined(separator: ",")
            }.filter { !$0.isEmpty }.joined(separator: ",")
        }
    }

    /// The `"words":{…}` of the script for pages of these sections.
    func index(_ pages: [[String]]) -> String {
        let entries = pages.map { sections in
            var extractor = SearchIndex.WordExtractor()
            for text in sections { extractor.add(text) }
            return SearchIndex.Entry(page: "{}", sections: sections.map { _ in "\"\",\"\"" }, words: extractor.words)
        }
        let script = String(decoding: SearchIndex.script(entries: entries), as: UTF8.self)
        guard let start = script.range(of: "\"words\":{")?.upperBound, let end = script.range(of: "}};\n")?.lowerBound else { return "" }
        return String(script[start..<end])
    }

    @Test func wordsAreLowerCaseWithoutStopWordsOrSingleBytes() {
        #expect(SearchIndex.words("The Refund, the REFUND and a Café-visit 2 x ok") == ["refund", "refund", "visit", "café", "ok"])
        #expect(index([["The Refund, the REFUND and a Café-visit 2 x ok"]]) == #""refund":"0","visit":"0","café":"0","ok":"0""#)
    }

    @Test func aSectionCountsOnceForEachWordHowEverOftenItUsesIt() {
        #expect(index([["calm calm CALM", "other"], ["Calm, calm."]]) == #""calm":"0.2","other":"1""#)
    }

    @Test func postingListsAreBase36Gaps() {
        var sections = Array(repeating: "filler", count: 2_000)
        for number in [3, 5, 40, 76, 1_372, 1_999] { sections[number] = "needle" }
        #expect(index([sections]).hasSuffix(#""needle":"3.2.z.10.100.hf""#))
        for number in [0, 1, 35, 36, 1_295, 1_296, 46_655, 46_656, 1_000_000, Int(Int32.max)] {
            #expect(InvertedShard.deltaCoded([number]) == String(number, radix: 36))
        }
    }

    @Test func wordsWithOtherLettersThanASCIIAreTheirOwn() {
        // Kelvin sign: three bytes, lower-cased to "k", which is then an ASCII word.
        #expect(SearchIndex.words("\u{212A} \u{212A}M km") == ["k", "km", "km"])
        #expect(index([["\u{212A} \u{212A}M km"]]) == #""k":"0","km":"0""#)
        // Decomposed "é": the combining accent is not a letter, so it splits the word.
        #expect(SearchIndex.words("cafe\u{301}s") == ["cafe"])
        #expect(SearchIndex.words("ΣΊΣΥΦΟΣ Straße İstanbul ٣٤٥ 한국어") == ["i̇stanbul", "٣٤٥", "한국어", "σίσυφοσ", "straße"])
    }

    @Test func aWordSpelledTwoWaysIsOneWordShownAsFirstSpelled() {
        let composed = "\u{D55C}\u{AD6D}"  // 한국 as two syllables
        let jamo = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"  // and as six jamo
        #expect(composed == jamo)
        #expect(SearchIndex.words("\(jamo) \(composed) \(jamo)") == [jamo])
        // Both start with a byte of shard 1, so they are one word of shard 1.
        #expect(index([["x \(jamo)", "\(composed)"], ["\(jamo) \(composed)"]]) == "\"\(jamo)\":\"0.1.1\"")
        // 가 (EA…, shard 2) and its jamo (E1…, shard 1) fall in different shards: each
        // shard has the sections where its spelling came first, as before.
        let ga = "\u{AC00}", gaJamo = "\u{1100}\u{1161}"
        let pages = [["\(ga)\(ga)", "\(gaJamo)\(gaJamo) \(ga)\(ga)", "\(ga)\(ga) \(gaJamo)\(gaJamo)"]]
        #expect(index(pages) == Reference.index(pages[0]))
        #expect(index(pages) == "\"\(gaJamo)\(gaJamo)\":\"1\",\"\(ga)\(ga)\":\"0.2\"")
    }

    @Test func longWordsKeepTheirBytes() {
        let long = String(repeating: "ab", count: 150)  // 300 bytes: a two-byte length
        let similar = ["abcdefgh1", "abcdefgh2", "abcdefgh", "abcdefgh12"]
        let text = ([long, long + "c"] + similar).joined(separator: " ")
        #expect(SearchIndex.words(text).sorted() == ([long, long + "c"] + similar).sorted())
        #expect(index([[text, long]]) == Reference.index([text, long]))
    }

    @Test func tablesGrowAndFindEveryWord() {
        let table = WordTable()
        let words = (0..<5_000).map { "w\($0 * 7_919)" }
        for (number, word) in words.enumerated() {
            let (id, inserted) = Array(word.utf8).withUnsafeBufferPointer { table.insert($0, key: WordTable.Key($0)) }
            #expect(id == number && inserted)
        }
        for (number, word) in words.enumerated() {
            #expect(Array(word.utf8).withUnsafeBufferPointer { table.find($0, key: WordTable.Key($0)) } == number)
            #expect(table.withWord(number) { String(decoding: $0, as: UTF8.self) } == word)
        }
        #expect(Array("w1".utf8).withUnsafeBufferPointer { table.find($0, key: WordTable.Key($0)) } == nil)
        table.removeAll()
        #expect(table.count == 0)
        #expect(Array("w0".utf8).withUnsafeBufferPointer { table.find($0, key: WordTable.Key($0)) } == nil)
    }

    @Test func indexIsTheSameAsTheStringVersionOnMixedText() {
        let sections = [
            "Größe und Maß: die GRÖSSE der Straße ist groß; Maß, maß, MASS. Café café CAFÉ cafe\u{301}.",
            "İstanbul ISTANBUL ıstanbul. ΣΊΣΥΦΟΣ σίσυφος Οδυσσεύς ΟΔΥΣΣΕΎΣ. Ǆemal ǅemal ǆemal ﬁnance ﬂow ŉ ǰ ẞ ß.",
            "Kelvin: 5 \u{212A}m and \u{212A} and km, Å \u{212B} å Ångström \u{212B}ngström. ٣٤٥ ²³ ½ Ⅻ ⅻ ① १२३ ＡＢＣ ａｂｃ.",
            "नमस्ते हिन्दी क़िला क\u{93C}िला สวัสดีครับ 日本語のテキスト、中文。 👍 thumbs 🎉party ok👌ok مرحبا שָׁלוֹם “don’t” — it’s",
            "the THE The a I i ok. Straße café naïve ΣΊΣΥΦΟΣ",
        ]
        #expect(index([Array(sections[0..<2]), Array(sections[2...])]) == Reference.index(sections))
    }

    @Test func indexIsTheSameAsTheStringVersionOnRandomText() {
        // Letters and digits of several scripts, upper and lower case, composed and not,
        // stop words, and separators.
        let pieces = ["a", "B", "z", "Q", "0", "7", "é", "É", "e\u{301}", "ß", "Σ", "ς", "ω", "İ", "ı", "\u{212A}", "\u{212B}",
                      "한", "\u{1112}\u{1161}\u{11AB}", "가", "\u{1100}\u{1161}", "ф", "Ж", "٣", "²", "ǅ", "ﬁ", "の", "中",
                      "the", "and", "It", " ", " ", " ", ",", ".", "-", "’", "“", "—", "\n", "👍"]
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let sections = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? " " }.joined()
            }
            let split = Int.random(in: 0...sections.count, using: &generator)
            let pages = [Array(sections[..<split]), Array(sections[split...])].filter { !$0.isEmpty }
            #expect(index(pages) == Reference.index(sections))
        }
    }
}

/// SplitMix64, so the random text is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
