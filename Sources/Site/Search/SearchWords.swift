import Foundation

extension SearchIndex {
    /// Words are split into shards by their first byte, each shard inverted on its own core;
    /// the shards follow one another in the file, each sorted on its own. (A constant, not a
    /// stored `let`, so that `%` by it compiles to a mask.)
    static var shardCount: Int { 4 }

    static func shard(ofWordStartingWith byte: UInt8) -> Int {
        Int(byte) % shardCount
    }

    /// The words of every section of one page, lower case, as UTF-8 in one buffer: shard
    /// after shard (so that each shard's inversion reads one stretch of every page), in each
    /// the sections' words in order, each word its byte count (LEB128: one byte below 128)
    /// and then its bytes.
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

        /// Calls `body` with the bytes of each word of one section and shard.
        func forEach(section: Int, shard: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            let range = range(section: section, shard: shard)
            bytes.withUnsafeBufferPointer { buffer in
                let end = min(range.upperBound, buffer.count)
                var index = range.lowerBound
                while index < end {
                    var length = 0
                    var shift = 0
                    while index < end {
                        let byte = buffer[index]
                        index += 1
                        length |= Int(byte & 0x7F) << shift
                        shift += 7
                        if byte < 0x80 { break }
                    }
                    let wordEnd = min(index + length, end)
                    body(UnsafeBufferPointer(rebasing: buffer[index..<wordEnd]))
                    index = wordEnd
                }
            }
        }

        /// A section's words as strings, by shard and then in order of first use.
        func strings(section: Int) -> [String] {
            var result: [String] = []
            for shard in 0..<shardCount {
                forEach(section: section, shard: shard) { result.append(String(decoding: $0, as: UTF8.self)) }
            }
            return result
        }
    }

    /// Splits the text of a page's sections into their lower-case words without the stop
    /// words, on UTF-8 bytes, into one `WordList`.
    ///
    /// What counts as a word and when two words are the same is what it was when words
    /// were `String`s in a `Set<String>`: a word is a run of ASCII letters and digits and of
    /// scalars that are alphabetic or numeric, at least two bytes long, lower-cased
    /// (`String.lowercased()` for words with non-ASCII letters); two words are the same when
    /// `String`'s `==` says so (see `WordTable.insertWord`).
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
        private let stopWords = SearchIndex.stopWordTable

        /// Every section's words so far.
        var words: WordList { WordList(page, sectionEnds: sectionEnds) }

        /// Adds a section's words.
        mutating func add(_ text: String) {
            seenUnicode.removeAll()
            // The loop hands words to a reader rather than to methods of `self`, which
            // retained and released the tables for every word.
            let reader = WordReader(page: page, seenUnicode: seenUnicode, stopWords: stopWords)
            var text = text
            text.withUTF8 { utf8 in
                // The word being read, lower-cased where ASCII; no word is longer than the text.
                var scratch = [UInt8](repeating: 0, count: utf8.count)
                scratch.withUnsafeMutableBufferPointer { word in
                    var length = 0
                    var isASCII = true
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
                            } else if length > 0 {
                                reader.finish(UnsafeBufferPointer(rebasing: word[..<length]), isASCII: isASCII)
                                length = 0
                                isASCII = true
                            }
                            continue
                        }
                        // A multi-byte scalar (the text is valid UTF-8): decode it to ask
                        // whether it is a letter or digit.
                        let end = min(index + (byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2), utf8.count)
                        var value = UInt32(byte & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F))
                        for continuation in utf8[(index + 1)..<end] {
                            value = value << 6 | UInt32(continuation & 0x3F)
                        }
                        if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                            for byte in utf8[index..<end] {
                                word[length] = byte
                                length += 1
                            }
                            isASCII = false
                        } else if length > 0 {
                            reader.finish(UnsafeBufferPointer(rebasing: word[..<length]), isASCII: isASCII)
                            length = 0
                            isASCII = true
                        }
                        index = end
                    }
                    if length > 0 {
                        reader.finish(UnsafeBufferPointer(rebasing: word[..<length]), isASCII: isASCII)
                    }
                }
            }
            for shard in 0..<shardCount { sectionEnds.append(page.count(ofShard: shard)) }
        }
    }

    /// What the extractor does with each word it reads.
    private struct WordReader {
        let page: PageWords
        let seenUnicode: WordTable
        let stopWords: WordTable
        let longestStopWord = SearchIndex.longestStopWord

        func finish(_ word: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
            // Shorter words are dropped by their length before lower-casing, in bytes.
            guard word.count > 1 else { return }
            if isASCII {
                addASCII(word)
                return
            }
            let lowered = String(decoding: word, as: UTF8.self).lowercased()
            Array(lowered.utf8).withUnsafeBufferPointer { spelling in
                // Some letters lower-case to ASCII (the Kelvin sign to "k"): then it is an ASCII word.
                if !spelling.contains(where: { $0 >= 0x80 }) {
                    addASCII(spelling)
                    return
                }
                // Listed as first spelled; `seenUnicode` knows it by its NFC form.
                if seenUnicode.insertWord(spelling).inserted {
                    page.append(spelling)
                }
            }
        }

        private func addASCII(_ word: UnsafeBufferPointer<UInt8>) {
            if word.count <= longestStopWord, stopWords.find(word, key: WordTable.Key(word)) != nil { return }
            page.append(word)
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

        /// Appends the word's byte count (LEB128) and its bytes to its shard's buffer.
        func append(_ word: UnsafeBufferPointer<UInt8>) {
            let shard = shard(ofWordStartingWith: word.first ?? 0)
            var buffer = buffers[shard]
            var count = counts[shard]
            // The count takes at most 10 bytes.
            if count + word.count + 10 > buffer.count {
                let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(buffer.count * 2, count + word.count + 10))
                _ = grown.initialize(fromContentsOf: buffer[..<count])
                buffer.deallocate()
                buffer = grown
                buffers[shard] = grown
            }
            var length = word.count
            while length >= 0x80 {
                buffer[count] = UInt8(truncatingIfNeeded: length) | 0x80
                count += 1
                length >>= 7
            }
            buffer[count] = UInt8(length)
            count += 1
            for byte in word {
                buffer[count] = byte
                count += 1
            }
            counts[shard] = count
        }
    }

    static let stopWordTable: WordTable = {
        let table = WordTable()
        for word in stopWords {
            _ = Array(word.utf8).withUnsafeBufferPointer { table.insert($0, key: WordTable.Key($0)) }
        }
        return table
    }()

    static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0
}
