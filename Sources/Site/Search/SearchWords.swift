import Foundation

extension SearchIndex {
    /// Words are split into shards by their first byte, each shard inverted on its own core;
    /// the shards follow one another in the file, each sorted on its own. (A constant, not a
    /// stored `let`, so that `%` by it compiles to a mask.)
    static var shardCount: Int { 4 }

    static func shard(ofWordStartingWith byte: UInt8) -> Int {
        Int(byte) % shardCount
    }

    /// The words of every section of one page, as the index keys them (lower case, folded
    /// for the language), as UTF-8 in one buffer: shard after shard (so that each shard's
    /// inversion reads one stretch of every page), in each the sections' words in order,
    /// each word its byte count times two (LEB128: one byte below 64), then its bytes, and
    /// where the count is odd the byte count and bytes of the word as written (lower case,
    /// not folded: "écoute" where the key is "ecoute"), which the index shows.
    ///
    /// Kept for every page until the index is written, so it is compact: one byte of
    /// overhead per word and two allocations per page, where `[String]` took 16 bytes per
    /// word, a heap object for every word over 15 bytes and an array per section. A word
    /// with only ASCII letters and digits is listed as often as its section uses it, which
    /// in prose is 1.2 times on average (the shipped course): finding the repeats here
    /// took a hash table per section, twice as costly as counting a section once per word
    /// where the inversion already looks every word up.
    struct WordList: Sendable {
        private(set) var bytes: [UInt8] = []
        /// Where the words of shard `h` and section `s` end in `bytes`: `ends[h * sectionCount + s]`.
        private var ends: [Int32] = []
        private(set) var sectionCount = 0

        init() {}

        /// The words `words` wrote, whose shard `h` and section `s` end at
        /// `sectionEnds[s * shardCount + h]` in that shard's bytes.
        init(_ words: PageWords, sectionEnds: [Int]) {
            sectionCount = sectionEnds.count / shardCount
            bytes.reserveCapacity((0..<shardCount).reduce(0) { $0 + words.count(ofShard: $1) })
            ends.reserveCapacity(sectionEnds.count)
            var size = 0
            for shard in 0..<shardCount {
                words.withBytes(ofShard: shard) { shardBytes in
                    bytes.append(contentsOf: shardBytes)
                    for section in 0..<sectionCount {
                        ends.append(Int32(truncatingIfNeeded: size + sectionEnds[section * shardCount + shard]))
                    }
                    size += shardBytes.count
                }
            }
        }

        /// Bytes of one shard's words in all sections: more than the number of words.
        func byteCount(inShard shard: Int) -> Int {
            guard sectionCount > 0 else { return 0 }
            return range(section: sectionCount - 1, shard: shard).upperBound - range(section: 0, shard: shard).lowerBound
        }

        /// Empty for a section past the last one.
        private func range(section: Int, shard: Int) -> Range<Int> {
            guard section < sectionCount else { return 0..<0 }
            let index = shard * sectionCount + section
            return (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
        }

        /// Calls `body` with the bytes of each word of one section and shard as the index
        /// keys it, and as written where that differs.
        func forEach(section: Int, shard: Int, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> Void) {
            let range = range(section: section, shard: shard)
            bytes.withUnsafeBufferPointer { buffer in
                let end = min(range.upperBound, buffer.count)
                var index = range.lowerBound
                // A base-128 number, low bits first, as the writer puts each length.
                func number() -> Int {
                    var value = 0
                    var shift = 0
                    while index < end {
                        let byte = buffer[index]
                        index += 1
                        value |= Int(byte & 0x7F) << shift
                        shift += 7
                        if byte < 0x80 { break }
                    }
                    return value
                }
                while index < end {
                    let header = number()
                    let wordEnd = min(index + header >> 1, end)
                    let word = UnsafeBufferPointer(rebasing: buffer[index..<wordEnd])
                    index = wordEnd
                    guard header & 1 != 0 else {
                        body(word, nil)
                        continue
                    }
                    let length = number()
                    let shownEnd = min(index + length, end)
                    body(word, UnsafeBufferPointer(rebasing: buffer[index..<shownEnd]))
                    index = shownEnd
                }
            }
        }

        /// A section's words as strings, as the index keys them, by shard and then in order
        /// of first use.
        func strings(section: Int) -> [String] {
            var result: [String] = []
            for shard in 0..<shardCount {
                forEach(section: section, shard: shard) { word, _ in result.append(String(decoding: word, as: UTF8.self)) }
            }
            return result
        }
    }

    /// Splits the text of a page's sections into their words without the stop words, on
    /// UTF-8 bytes, into one `WordList`, as the course's language says (`Language`).
    ///
    /// A word is a run of ASCII letters and digits and of scalars that are alphabetic,
    /// numeric or combining marks, at least two bytes long as written; it is keyed in
    /// lower case (what `String.lowercased()` makes of it), folded for the language (and
    /// then at least two bytes long); two words are the same when their keys are the same
    /// to `String`'s `==` (see `WordTable.insertWord`). Apostrophes and hyphens split words:
    /// "l’écoute" is "l" (too short) and "écoute". Letters of a script written without
    /// spaces (`isSpaceless`: Han, kana, Thai, …) are keyed in overlapping pairs instead,
    /// each run's last letter also on its own, so that any letter or pair of a run starts
    /// a key: "日本語" is "日本", "本語" and "語".
    struct WordExtractor {
        /// The section's words with non-ASCII letters so far, to list each once: two spellings
        /// of one word could fall in different shards, where the inversion could not tell
        /// them apart. Other words may be listed more than once; the inversion counts a
        /// section once per word.
        private let seenUnicode = WordTable()
        /// The page's words so far, as the list will hold them.
        private let page = PageWords()
        /// Where each section's words of each shard end in `page`: section `s` and shard `h`
        /// at `sectionEnds[s * shardCount + h]`.
        private var sectionEnds: [Int] = []
        private let language: Language

        init(language: Language = .english) {
            self.language = language
        }

        /// Every section's words so far.
        var words: WordList { WordList(page, sectionEnds: sectionEnds) }

        /// Adds a section's words.
        mutating func add(_ text: String) {
            seenUnicode.removeAll()
            // The loop hands words to a reader rather than to methods of `self`, which
            // retained and released the tables for every word.
            let reader = WordReader(page: page, seenUnicode: seenUnicode, language: language)
            var text = text
            text.withUTF8 { Self.read($0, into: reader, folding: language.folding) }
            for shard in 0..<shardCount { sectionEnds.append(page.count(ofShard: shard)) }
        }

        private static func read(_ utf8: UnsafeBufferPointer<UInt8>, into reader: WordReader, folding: Folding) {
            // With a folding, a word's spelling may differ from its key, and both are kept.
            let tracksShown = folding != .caseOnly
            // A key or a spelling is at most twice as long as the text: a scalar in the table
            // makes at most four bytes, and a longer one a single scalar in lower case.
            let size = 2 * utf8.count + 8
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: tracksShown ? 2 * size : size) { scratch in
                let word = UnsafeMutableBufferPointer(rebasing: scratch[..<size])
                // Empty without a folding: the spelling is the key.
                let shown = UnsafeMutableBufferPointer(rebasing: scratch[size...])
                // The word being read: its key so far; how many more bytes it has as written
                // (fewer where folding made more), so that it goes on while either is not
                // zero; whether its key is ASCII; whether its spelling differs from its key.
                var length = 0
                var extra = 0
                var isASCII = true
                var isSpelledOtherwise = false
                // The table of the folding, fetched at the first scalar beyond ASCII.
                var table: UnsafeMutableBufferPointer<UInt64>?
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    if byte < 0x80 {
                        index += 1
                        if byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                            word[length] = byte
                            length += 1
                        } else if byte &- UInt8(ascii: "A") < 26 {
                            word[length] = byte | 0x20
                            length += 1
                        } else if length > 0 || extra != 0 {
                            reader.finish(word, length: length, written: utf8, end: index - 1, extra: extra, isASCII: isASCII,
                                          isSpelledOtherwise: isSpelledOtherwise, shown: shown)
                            length = 0
                            extra = 0
                            isASCII = true
                            isSpelledOtherwise = false
                        }
                        continue
                    }
                    let keys = table ?? ScalarFolds.folds(folding).entries
                    table = keys
                    let (value, end) = scalar(in: utf8, at: index)
                    var entry = Self.entry(of: value, in: keys)
                    if entry & (ScalarFolds.wordBit | ScalarFolds.spacelessBit) != ScalarFolds.wordBit {
                        // Not a letter of a word: a separator, or a run of a script without spaces.
                        if length > 0 || extra != 0 {
                            reader.finish(word, length: length, written: utf8, end: index, extra: extra, isASCII: isASCII,
                                          isSpelledOtherwise: isSpelledOtherwise, shown: shown)
                            length = 0
                            extra = 0
                            isASCII = true
                            isSpelledOtherwise = false
                        }
                        index = entry & ScalarFolds.spacelessBit == 0 ? end : readRun(utf8, from: index, to: end, keys: keys, into: reader)
                        continue
                    }
                    let start = length
                    if entry & ScalarFolds.beyondBit != 0 {
                        appendBeyondTable(value, written: UnsafeBufferPointer(rebasing: utf8[index..<end]), keys: keys,
                                          tracksShown: tracksShown, to: word, length: &length, isASCII: &isASCII,
                                          isSpelledOtherwise: &isSpelledOtherwise)
                    } else {
                        // ا with a madda or hamza as a combining mark (decomposed آ أ إ) is ا.
                        if folding == .arabic, value &- 0x653 < 3, length >= 2, word[length - 2] == 0xD8, word[length - 1] == 0xA7 {
                            entry = 0
                        }
                        append(entry, to: word, length: &length)
                        if entry & 0x8080_8080 != 0 { isASCII = false }
                        if tracksShown, (entry ^ ScalarFolds.lowered.entries[Int(value) - 0x80]) & ScalarFolds.bytesMask != 0 {
                            isSpelledOtherwise = true
                        }
                    }
                    extra += end - index - (length - start)
                    index = end
                }
                if length > 0 || extra != 0 {
                    reader.finish(word, length: length, written: utf8, end: utf8.count, extra: extra, isASCII: isASCII,
                                  isSpelledOtherwise: isSpelledOtherwise, shown: shown)
                }
            }
        }

        /// The scalar that starts at `index` of valid UTF-8, and where it ends.
        @inline(__always)
        static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, end: Int) {
            let byte = utf8[index]
            let end = min(index + (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1), utf8.count)
            var value = UInt32(byte & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : byte >= 0xC0 ? 0x1F : 0x7F))
            for continuation in utf8[(index + 1)..<end] {
                value = value << 6 | UInt32(continuation & 0x3F)
            }
            return (value, end)
        }

        /// The scalar's entry in the table, or beyond it only its flags and `beyondBit`.
        @inline(__always)
        static func entry(of value: UInt32, in keys: UnsafeMutableBufferPointer<UInt64>) -> UInt64 {
            if value < 0x80 { return 0 }
            if value < ScalarFolds.tableEnd { return keys[Int(value) - 0x80] }
            guard let scalar = Unicode.Scalar(value), ScalarFolds.isWordCharacter(scalar) else { return 0 }
            return ScalarFolds.beyondBit | (SearchIndex.isSpaceless(value) ? ScalarFolds.spacelessBit : ScalarFolds.wordBit)
        }

        /// Reads the run of letters of a script without spaces whose first letter is
        /// `start..<end`: each pair of letters, then the last letter alone. Returns where
        /// the run ends.
        private static func readRun(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, keys: UnsafeMutableBufferPointer<UInt64>,
                            into reader: WordReader) -> Int {
            var start = start
            var end = end
            while end < utf8.count && utf8[end] >= 0x80 {
                let (value, nextEnd) = scalar(in: utf8, at: end)
                guard entry(of: value, in: keys) & ScalarFolds.spacelessBit != 0 else { break }
                reader.addPiece(UnsafeBufferPointer(rebasing: utf8[start..<nextEnd]))
                start = end
                end = nextEnd
            }
            reader.addPiece(UnsafeBufferPointer(rebasing: utf8[start..<end]))
            return end
        }

        /// Appends an entry's bytes.
        @inline(__always)
        static func append(_ entry: UInt64, to buffer: UnsafeMutableBufferPointer<UInt8>, length: inout Int) {
            var bytes = entry
            for _ in 0..<Int(truncatingIfNeeded: (entry >> 32) & 7) {
                buffer[length] = UInt8(truncatingIfNeeded: bytes)
                length += 1
                bytes >>= 8
            }
        }

        static func append(_ scalar: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, length: inout Int) {
            UTF8.encode(scalar) { byte in
                buffer[length] = byte
                length += 1
            }
        }

        /// A letter above the table: lower case from the scalar's properties, and what that
        /// makes within the table folded by it.
        static func appendBeyondTable(_ value: UInt32, written: UnsafeBufferPointer<UInt8>, keys: UnsafeMutableBufferPointer<UInt64>,
                                      tracksShown: Bool, to word: UnsafeMutableBufferPointer<UInt8>, length: inout Int,
                                      isASCII: inout Bool, isSpelledOtherwise: inout Bool) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
                for byte in written {
                    word[length] = byte
                    length += 1
                }
                isASCII = false
                return
            }
            for part in scalar.properties.lowercaseMapping.unicodeScalars {
                if part.value < 0x80 {
                    // Some letters lower-case to ASCII (the Kelvin sign to "k").
                    word[length] = UInt8(truncatingIfNeeded: part.value)
                    length += 1
                } else if part.value < ScalarFolds.tableEnd {
                    let entry = keys[Int(part.value) - 0x80]
                    append(entry, to: word, length: &length)
                    if entry & 0x8080_8080 != 0 { isASCII = false }
                    if tracksShown, (entry ^ ScalarFolds.lowered.entries[Int(part.value) - 0x80]) & ScalarFolds.bytesMask != 0 {
                        isSpelledOtherwise = true
                    }
                } else {
                    append(part, to: word, length: &length)
                    isASCII = false
                }
            }
        }

        /// A word as written in lower case, as `String.lowercased()` makes it, into `shown`;
        /// returns its length.
        static func lowercase(_ written: UnsafeBufferPointer<UInt8>, into shown: UnsafeMutableBufferPointer<UInt8>) -> Int {
            let lowered = ScalarFolds.lowered.entries
            var length = 0
            var index = 0
            while index < written.count {
                let byte = written[index]
                if byte < 0x80 {
                    shown[length] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                    length += 1
                    index += 1
                    continue
                }
                let (value, end) = scalar(in: written, at: index)
                if value < ScalarFolds.tableEnd {
                    append(lowered[Int(value) - 0x80], to: shown, length: &length)
                } else if let scalar = Unicode.Scalar(value) {
                    for part in ScalarFolds.lowercase(scalar).unicodeScalars { append(part, to: shown, length: &length) }
                }
                index = end
            }
            return length
        }
    }

    /// What the extractor does with each word it reads.
    private struct WordReader {
        let page: PageWords
        let seenUnicode: WordTable
        let stopWords: WordTable
        let longestStopWord: Int
        /// Whether a key of one byte is dropped: with a folding, "à" is "a".
        let dropsShortKeys: Bool

        init(page: PageWords, seenUnicode: WordTable, language: Language) {
            self.page = page
            self.seenUnicode = seenUnicode
            stopWords = language.stopWordTable
            longestStopWord = language.longestStopWord
            dropsShortKeys = language.folding != .caseOnly
        }

        /// The word whose key is the first `length` bytes of `word` and which was written
        /// up to `end` of `written`, `extra` bytes longer than its key.
        @inline(__always)
        func finish(_ word: UnsafeMutableBufferPointer<UInt8>, length: Int, written: UnsafeBufferPointer<UInt8>, end: Int, extra: Int,
                    isASCII: Bool, isSpelledOtherwise: Bool, shown: UnsafeMutableBufferPointer<UInt8>) {
            // Shorter words are dropped by their length as written, in bytes.
            let writtenLength = length + extra
            guard writtenLength > 1 else { return }
            let key = UnsafeBufferPointer(rebasing: word[..<length])
            guard isSpelledOtherwise else {
                finish(key, shown: nil, isASCII: isASCII)
                return
            }
            let shownLength = WordExtractor.lowercase(UnsafeBufferPointer(rebasing: written[(end - writtenLength)..<end]), into: shown)
            finish(key, shown: UnsafeBufferPointer(rebasing: shown[..<shownLength]), isASCII: isASCII)
        }

        /// A word's key, its spelling where that differs, and whether the key is ASCII.
        func finish(_ word: UnsafeBufferPointer<UInt8>, shown: UnsafeBufferPointer<UInt8>?, isASCII: Bool) {
            if dropsShortKeys && word.count < 2 { return }
            if word.count <= longestStopWord, stopWords.find(word, key: WordTable.Key(word)) != nil { return }
            if isASCII && shown == nil {
                page.append(word, shown: nil)
                return
            }
            // Listed as first spelled; `seenUnicode` knows it by its NFC form.
            if seenUnicode.insertWord(word).inserted {
                page.append(word, shown: shown)
            }
        }

        /// A letter or pair of letters of a script without spaces.
        func addPiece(_ piece: UnsafeBufferPointer<UInt8>) {
            if seenUnicode.insertWord(piece).inserted {
                page.append(piece, shown: nil)
            }
        }
    }

    /// The words of the page being read, as `WordList` holds them, in one buffer per shard:
    /// written as they come, so that the list takes each shard's words in one copy. Buffers
    /// it allocates itself, for the reason `WordTable` does.
    final class PageWords {
        private let buffers = UnsafeMutableBufferPointer<UnsafeMutableBufferPointer<UInt8>>.allocate(capacity: shardCount)
        private let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: shardCount)

        init() {
            _ = buffers.initialize(from: (0..<shardCount).map { _ in .allocate(capacity: 4096) })
            counts.initialize(repeating: 0)
        }

        deinit {
            for buffer in buffers { buffer.deallocate() }
            buffers.deallocate()
            counts.deallocate()
        }

        func count(ofShard shard: Int) -> Int { counts[shard] }

        func withBytes<Result>(ofShard shard: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            body(UnsafeBufferPointer(rebasing: buffers[shard][..<counts[shard]]))
        }

        /// Appends the word (its byte count times two, plus one if its spelling follows, in
        /// LEB128, and its bytes) and its spelling if given to the word's shard's buffer.
        func append(_ word: UnsafeBufferPointer<UInt8>, shown: UnsafeBufferPointer<UInt8>?) {
            let shard = shard(ofWordStartingWith: word.first ?? 0)
            guard let shown else {
                write(word, header: word.count << 1, shard: shard)
                return
            }
            write(word, header: word.count << 1 | 1, shard: shard)
            write(shown, header: shown.count, shard: shard)
        }

        /// Appends `header` (LEB128) and the bytes to a shard's buffer.
        @inline(__always)
        private func write(_ bytes: UnsafeBufferPointer<UInt8>, header: Int, shard: Int) {
            var buffer = buffers[shard]
            var count = counts[shard]
            // The header takes at most 10 bytes.
            if count + bytes.count + 10 > buffer.count {
                let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(buffer.count * 2, count + bytes.count + 10))
                _ = grown.initialize(fromContentsOf: buffer[..<count])
                buffer.deallocate()
                buffer = grown
                buffers[shard] = grown
            }
            var header = header
            while header >= 0x80 {
                buffer[count] = UInt8(truncatingIfNeeded: header) | 0x80
                count += 1
                header >>= 7
            }
            buffer[count] = UInt8(header)
            count += 1
            for byte in bytes {
                buffer[count] = byte
                count += 1
            }
            counts[shard] = count
        }
    }
}
