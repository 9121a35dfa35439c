import Foundation
import Testing
@testable import Site

/// The search index's words and inversion on bytes, against the `String` version they
/// replaced (`Reference` below): same words, same postings, same bytes.
@Suite struct SearchWordsTests {
    /// The index's `"words":{…}` as the `Set<String>` / `[String: [Int]]` version wrote it,
    /// one text per section, grown with the languages: words of letters, digits and marks,
    /// keyed folded (`ScalarFolds.key`, scalar by scalar on `String`s) and shown lower case as
    /// first written, pairs of letters of scripts without spaces. It sorted with `String`'s
    /// `<`; here the words are sorted by the NFC form of their keys, which is what `<`
    /// compares except where it has a bug (it cannot order "한" typed as jamo against "한국어",
    /// and then the order depended on the hash seed).
    enum Reference {
        static func words(_ text: String, language: SearchIndex.Language = .english) -> [(key: String, shown: String)] {
            var seen = Set(language.stopWords)
            var result: [(key: String, shown: String)] = []
            var word = String.UnicodeScalarView()
            var run: [Unicode.Scalar] = []
            func finish() {
                defer { word.removeAll() }
                let written = String(word)
                guard written.utf8.count > 1 else { return }
                let key = SearchIndex.ScalarFolds.key(written, language.folding)
                if language.folding != .caseOnly && key.utf8.count < 2 { return }
                if seen.insert(key).inserted { result.append((key, written.lowercased())) }
            }
            func add(_ piece: String) {
                if seen.insert(piece).inserted { result.append((piece, piece)) }
            }
            func finishRun() {
                defer { run.removeAll() }
                guard let last = run.last else { return }
                for (first, second) in zip(run, run.dropFirst()) { add(String(first) + String(second)) }
                add(String(last))
            }
            for scalar in text.unicodeScalars {
                if SearchIndex.ScalarFolds.isWordCharacter(scalar) && SearchIndex.isSpaceless(scalar.value) {
                    finish()
                    run.append(scalar)
                } else if SearchIndex.ScalarFolds.isWordCharacter(scalar) {
                    finishRun()
                    word.append(scalar)
                } else {
                    finish()
                    finishRun()
                }
            }
            finish()
            finishRun()
            return result
        }

        static func index(_ sections: [String], language: SearchIndex.Language = .english) -> String {
            let sectionWords = sections.map { words($0, language: language) }
            return (0..<4).map { shard -> String in
                var postings: [String: (shown: String, sections: [Int])] = [:]
                for (number, words) in sectionWords.enumerated() {
                    for word in words where Int(word.key.utf8.first ?? 0) % 4 == shard {
                        postings[word.key, default: (word.shown, [])].sections.append(number)
                    }
                }
                return postings.keys.sorted { $0._nfcCodeUnits.lexicographicallyPrecedes($1._nfcCodeUnits) }.map { key in
                    let (shown, sections) = postings[key] ?? ("", [])
                    return JSON.string(shown) + ":" + JSON.string(InvertedShard.deltaCoded(sections))
                }.joined(separator: ",")
            }.filter { !$0.isEmpty }.joined(separator: ",")
        }
    }

    /// The script for pages of these sections.
    func script(_ pages: [[String]], language: SearchIndex.Language = .english) -> String {
        let entries = pages.map { sections in
            var extractor = SearchIndex.WordExtractor(language: language)
            for text in sections { extractor.add(text) }
            return SearchIndex.Entry(page: "{}", sections: sections.map { _ in "\"\",\"\"" }, texts: sections, words: extractor.words)
        }
        return String(decoding: SearchIndex.script(entries: entries, language: language), as: UTF8.self)
    }

    /// The `"words":{…}` of the script for pages of these sections.
    func index(_ pages: [[String]], language: SearchIndex.Language = .english) -> String {
        let script = script(pages, language: language)
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
        // Decomposed "é": the combining accent is part of the word, which is "cafés".
        #expect(SearchIndex.words("cafe\u{301}s") == ["cafe\u{301}s"])
        #expect(index([["cafe\u{301}s cafés"]]) == #""cafe\#u{301}s":"0""#)
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

    @Test(arguments: ["en", "fr", "de", "es", "ar", "zh"])
    func indexIsTheSameAsTheStringVersionOnRandomText(language tag: String) {
        // Letters and digits of several scripts, upper and lower case, composed and not,
        // with accents, harakat and marks, stop words, and separators.
        let pieces = ["a", "B", "z", "Q", "0", "7", "é", "É", "e\u{301}", "ß", "ẞ", "Σ", "ς", "ω", "İ", "ı", "\u{212A}", "\u{212B}",
                      "한", "\u{1112}\u{1161}\u{11AB}", "가", "\u{1100}\u{1161}", "ф", "Ж", "й", "٣", "²", "ǅ", "ﬁ", "の", "中",
                      "日本", "テ", "ー", "ส", "ั", "\u{94D}", "à", "Ü", "ñ", "œ", "Æ", "ا", "أ", "إ", "آ", "ا\u{654}", "\u{64E}",
                      "\u{651}", "ـ", "ى", "ة", "ي", "في", "ال", "l’", "qu'", "the", "and", "It", "LES", "für", "él",
                      " ", " ", " ", ",", ".", "-", "’", "“", "—", "、", "\n", "👍"]
        let language = SearchIndex.Language.named(tag)
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let sections = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? " " }.joined()
            }
            let split = Int.random(in: 0...sections.count, using: &generator)
            let pages = [Array(sections[..<split]), Array(sections[split...])].filter { !$0.isEmpty }
            #expect(index(pages, language: language) == Reference.index(sections, language: language))
        }
    }

    @Test func theTableHoldsWhatEachScalarMakes() {
        for value in 0x80..<Int(SearchIndex.ScalarFolds.tableEnd) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isWord = SearchIndex.ScalarFolds.isWordCharacter(scalar)
            for folding in [SearchIndex.Folding.caseOnly, .accents, .arabic] {
                let entry = SearchIndex.ScalarFolds.folds(folding).entries[value - 0x80]
                let bytes = (0..<Int((entry >> 32) & 7)).map { UInt8(truncatingIfNeeded: entry >> UInt64(8 * $0)) }
                #expect(bytes == SearchIndex.ScalarFolds.fold(scalar, folding))
                let isSpaceless = SearchIndex.isSpaceless(UInt32(value))
                #expect((entry & SearchIndex.ScalarFolds.wordBit != 0) == (isWord && !isSpaceless))
                #expect((entry & SearchIndex.ScalarFolds.spacelessBit != 0) == (isWord && isSpaceless))
            }
        }
    }

    @Test func theLanguageIsChosenByItsPrimarySubtag() {
        #expect(SearchIndex.Language.named("en") === SearchIndex.Language.english)
        #expect(SearchIndex.Language.named("en-GB") === SearchIndex.Language.english)
        #expect(SearchIndex.Language.named("fr-CA") === SearchIndex.Language.french)
        #expect(SearchIndex.Language.named("de_AT") === SearchIndex.Language.german)
        #expect(SearchIndex.Language.named("ES") === SearchIndex.Language.spanish)
        #expect(SearchIndex.Language.named("ar-EG") === SearchIndex.Language.arabic)
        for other in ["zh", "ja", "zh-Hant", "ru", "th", ""] {
            #expect(SearchIndex.Language.named(other) === SearchIndex.Language.other)
            #expect(SearchIndex.Language.named(other).stopWords.isEmpty)
        }
    }

    @Test func eachLanguageDropsItsOwnStopWords() {
        let text = "the client and die Kundin et la cliente y el cliente في المتجر"
        #expect(Set(SearchIndex.words(text, language: .english)) ==
                ["client", "die", "kundin", "et", "la", "cliente", "el", "في", "المتجر"])
        #expect(Set(SearchIndex.words(text, language: .german)) ==
                ["the", "client", "and", "kundin", "et", "la", "cliente", "el", "في", "المتجر"])
        #expect(Set(SearchIndex.words(text, language: .french)) ==
                ["the", "client", "and", "die", "kundin", "cliente", "el", "في", "المتجر"])
        #expect(Set(SearchIndex.words(text, language: .spanish)) ==
                ["the", "client", "and", "die", "kundin", "et", "cliente", "في", "المتجر"])
        #expect(Set(SearchIndex.words(text, language: .arabic)) ==
                ["the", "client", "and", "die", "kundin", "et", "la", "cliente", "el", "المتجر"])
        #expect(Set(SearchIndex.words(text, language: .other)) ==
                ["the", "client", "and", "die", "kundin", "et", "la", "cliente", "el", "في", "المتجر"])
        // Stop words are compared folded: "für", "über" and "daß" are stop words however written.
        #expect(SearchIndex.words("Für fur ÜBER Daß dass Kunden", language: .german) == ["kunden"])
        #expect(SearchIndex.words("Où est-ce très TRES déjà écrit", language: .french) == ["ecrit"])
        #expect(SearchIndex.words("Él EL más qué tú habla", language: .spanish) == ["habla"])
        // The list the browser compares a query's words with is folded the same way.
        #expect(SearchIndex.Language.german.stopWords.contains("fur") && !SearchIndex.Language.german.stopWords.contains("für"))
        #expect(SearchIndex.Language.arabic.stopWords.contains("علي") && !SearchIndex.Language.arabic.stopWords.contains("على"))
        for language in [SearchIndex.Language.english, .german, .french, .spanish, .arabic] {
            #expect((50...150).contains(language.stopWords.count))
        }
    }

    @Test func frenchSpanishAndGermanAreMatchedWithoutAccents() {
        #expect(Set(SearchIndex.words("L’écoute, l'ÉCOUTE et l’ecoute", language: .french)) == ["ecoute"])
        #expect(Set(SearchIndex.words("Aujourd’hui, un cœur naïf à Noël", language: .french)) == ["aujourd", "hui", "coeur", "naif", "noel"])
        #expect(Set(SearchIndex.words("El niño está en la montaña, ¿verdad? Canción", language: .spanish)) == ["nino", "montana", "verdad", "cancion"])
        // ß is ss and ü is u: "Müller" is found as "muller", not as "mueller".
        #expect(Set(SearchIndex.words("Die Größe der STRASSE und Straße, Müller, Mueller", language: .german)) ==
                ["grosse", "strasse", "muller", "mueller"])
        // Decomposed accents are folded as composed ones.
        #expect(SearchIndex.words("e\u{301}coute", language: .french) == ["ecoute"])
        // "à" alone is "a", one letter: not a word.
        #expect(SearchIndex.words("à À ô", language: .french) == [])
        // English keeps its accents.
        #expect(SearchIndex.words("café", language: .english) == ["café"])
    }

    @Test func theIndexShowsWordsAsWrittenAndKeysThemFolded() {
        // One word for every spelling, shown as first written, in lower case.
        #expect(index([["L’Écoute"], ["ecoute écoute"], ["ÉCOUTÉ"]], language: .french) == #""écoute":"0.1.1""#)
        #expect(index([["ecoute"], ["écoute"]], language: .french) == #""ecoute":"0.1""#)
        #expect(index([["Straße strasse"]], language: .german) == #""straße":"0""#)
        let french = script([["écoute"]], language: .french)
        #expect(french.hasSuffix("window.parleySearchFolding = \"accents\";\n"))
        #expect(french.contains("window.parleySearchStopWords = \"afin ai alors"))
        #expect(script([["مرحبا"]], language: .arabic).hasSuffix("window.parleySearchFolding = \"arabic\";\n"))
        #expect(script([["中文"]], language: .other).hasSuffix("window.parleySearchStopWords = \"\";\n"))
    }

    @Test func arabicIsMatchedWithoutHarakatAndWithItsLettersFolded() {
        // Harakat and tatweel are ignored.
        #expect(SearchIndex.words("الْمُعَلِّمَةُ المعلـــمة", language: .arabic) == ["المعلمه"])
        // أ إ آ are ا, ى is ي, ة is ه, also where the hamza or madda is a combining mark.
        #expect(Set(SearchIndex.words("أحمد إحمد آحمد احمد ا\u{654}حمد", language: .arabic)) == ["احمد"])
        #expect(SearchIndex.words("مستشفى مستشفي", language: .arabic) == ["مستشفي"])
        #expect(SearchIndex.words("مدرسة مدرسه", language: .arabic) == ["مدرسه"])
        // Stop words with or without harakat: "في" and "إِلَى".
        #expect(SearchIndex.words("ذهبت فِي الصباح إِلَى المدرسة", language: .arabic) == ["ذهبت", "الصباح", "المدرسه"])
        // The index shows the first spelling.
        #expect(index([["الْمُعَلِّمَةُ"], ["المعلمة"]], language: .arabic) == #""الْمُعَلِّمَةُ":"0.1""#)
        // Without language: arabic, harakat are part of the word, as they were.
        #expect(SearchIndex.words("المعلمة الْمُعَلِّمَةُ", language: .english) == ["المعلمة", "الْمُعَلِّمَةُ"])
    }

    @Test func scriptsWithoutSpacesAreKeyedInPairsOfLetters() {
        // Each pair of letters of a run, and its last letter alone, so that any one or two
        // letters of the run start a key.
        #expect(Set(SearchIndex.words("日本語のテキスト", language: .other)) == ["日本", "本語", "語の", "のテ", "テキ", "キス", "スト", "ト"])
        #expect(Set(SearchIndex.words("中文。中文、中", language: .other)) == ["中文", "文", "中"])
        // Whatever the course's language, and apart from the letters of other scripts.
        #expect(Set(SearchIndex.words("Swift言語 と ok", language: .english)) == ["swift", "言語", "語", "と", "ok"])
        #expect(Set(SearchIndex.words("สวัสดี", language: .french)) == ["สว", "วั", "ัส", "สด", "ดี", "ี"])
        // Korean is written with spaces: its words are words.
        #expect(Set(SearchIndex.words("한국어 텍스트", language: .other)) == ["한국어", "텍스트"])
        #expect(index([["倾听客户"], ["客户"]], language: .other) == #""倾听":"0","听客":"0","客户":"0.1","户":"0.1""#)
    }

    @Test func englishIsAsItWas() {
        let text = "The customer’s REFUND was late; don't argue — listen, then solve (2 x ok). Café-visit"
        #expect(index([[text]]) == Reference.index([text]))
        #expect(Set(SearchIndex.words(text)) == ["customer", "refund", "late", "don", "argue", "listen", "solve", "ok", "café", "visit"])
        let script = script([[text]])
        #expect(!script.contains("parleySearchFolding"))
        #expect(script.hasSuffix("window.parleySearchStopWords = \"\(SearchIndex.StopWords.english.sorted().joined(separator: " "))\";\n"))
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
