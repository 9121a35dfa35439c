import Foundation

/// One shard of the search index's inverted index: the words whose key's first byte falls
/// in the shard, each with the sections that use it, as the JSON members `"word":"3.2.z"`
/// in `String` order of their keys. A word is shown as first met: "écoute" for the key
/// "ecoute" of a French course, whose search.js folds it again to match a query.
///
/// Words get numbers from a byte hash table, so the inversion works on integers: one number
/// per word per section, then a counting sort by word gives each word's sections in
/// ascending order, written straight into the JSON.
enum InvertedShard {
    /// The members joined by commas, from every page's words and number of sections, in order.
    static func json(shard: Int, of pages: [(words: SearchIndex.WordList, sectionCount: Int)]) -> [UInt8] {
        // Keyed by NFC bytes (see `WordTable.insertWord`), so a word spelled two ways is
        // one word, shown as first met, as it was in a `[String: …]`.
        let table = WordTable(capacity: 1024)
        var spellings: [Int: [UInt8]] = [:]

        // Every word of every section as its number, and where each section's words end.
        // A word takes at least one byte of a list, so there are no more words than bytes.
        let capacity = pages.reduce(0) { $0 + $1.words.byteCount(inShard: shard) }
        let sectionCount = pages.reduce(0) { $0 + $1.sectionCount }
        var sectionEnds = [Int](repeating: 0, count: sectionCount)
        // The last section that used each word: a section lists a word as often as it uses it.
        var lastSections: [Int32] = []
        let wordIDs = [Int32](unsafeUninitializedCapacity: capacity) { wordIDs, count in
            sectionEnds.withUnsafeMutableBufferPointer { sectionEnds in
                var number = 0
                for page in pages {
                    for section in 0..<page.sectionCount {
                        let sectionNumber = Int32(truncatingIfNeeded: number)
                        page.words.forEach(section: section, shard: shard) { word, shown in
                            let (id, inserted, isSpelledAsKept) = table.insertWord(word)
                            if inserted {
                                if let shown {
                                    spellings[id] = Array(shown)
                                } else if !isSpelledAsKept {
                                    spellings[id] = Array(word)
                                }
                                lastSections.append(-1)
                            }
                            guard lastSections[id] != sectionNumber, count < wordIDs.count else { return }
                            lastSections[id] = sectionNumber
                            wordIDs[count] = Int32(truncatingIfNeeded: id)
                            count += 1
                        }
                        sectionEnds[number] = count
                        number += 1
                    }
                }
            }
        }

        // Counting sort: word `id`'s sections are `postings[starts[id]..<starts[id + 1]]`.
        var starts = [Int](repeating: 0, count: table.count + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            for id in wordIDs { starts[Int(id) + 1] += 1 }
            for id in 0..<table.count { starts[id + 1] += starts[id] }
        }
        let postings = [Int32](unsafeUninitializedCapacity: wordIDs.count) { postings, count in
            var next = starts
            next.withUnsafeMutableBufferPointer { next in
                var section = 0
                for (position, id) in wordIDs.enumerated() {
                    while section < sectionEnds.count && position >= sectionEnds[section] { section += 1 }
                    postings[next[Int(id)]] = Int32(truncatingIfNeeded: section)
                    next[Int(id)] += 1
                }
            }
            count = wordIDs.count
        }

        // NFC bytes in byte order are `String` order (Unicode scalar values of the NFC
        // form), for ASCII as for any other word.
        var order = Array(0..<table.count)
        order.sort { table.isOrdered($0, before: $1) }

        // Words with other letters than ASCII ones may need escaping: encoded once here,
        // as they are shown.
        var quotedKeys: [Int: [UInt8]] = [:]
        for id in 0..<table.count {
            let spelling = spellings.isEmpty ? nil : spellings[id]
            guard spelling != nil || table.withWord(id, { $0.contains { $0 >= 0x80 } }) else { continue }
            let shown = spelling ?? table.withWord(id) { Array($0) }
            quotedKeys[id] = Array(JSON.string(String(decoding: shown, as: UTF8.self)).utf8)
        }
        func quotedKey(_ id: Int) -> [UInt8]? {
            quotedKeys.isEmpty ? nil : quotedKeys[id]
        }

        // No gap has more digits than the number of sections.
        let largestGapSize = base36(sectionCount, into: nil)
        var size = order.count + postings.count * (largestGapSize + 1)
        for id in order {
            size += (quotedKey(id)?.count ?? table.withWord(id) { $0.count + 2 }) + 3
        }
        return [UInt8](unsafeUninitializedCapacity: size) { json, count in
            func write(_ bytes: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: json[count..<(count + bytes.count)]).initialize(from: bytes)
                count += bytes.count
            }
            func write(_ byte: UInt8) {
                json[count] = byte
                count += 1
            }
            for (position, id) in order.enumerated() {
                if position > 0 { write(UInt8(ascii: ",")) }
                if let key = quotedKey(id) {
                    key.withUnsafeBufferPointer(write)
                } else {
                    // ASCII letters and digits never need escaping.
                    write(UInt8(ascii: "\""))
                    table.withWord(id, write)
                    write(UInt8(ascii: "\""))
                }
                write(UInt8(ascii: ":"))
                write(UInt8(ascii: "\""))
                var previous: Int32 = 0
                for index in starts[id]..<starts[id + 1] {
                    if index > starts[id] { write(UInt8(ascii: ".")) }
                    count += base36(Int(postings[index] - previous), into: UnsafeMutableBufferPointer(rebasing: json[count...]))
                    previous = postings[index]
                }
                write(UInt8(ascii: "\""))
            }
        }
    }

    /// Ascending numbers as base-36 gaps joined by `.`: `3, 5, 40` → `3.2.z`.
    static func deltaCoded(_ numbers: [Int]) -> String {
        var text = ""
        var previous = 0
        for (index, number) in numbers.enumerated() {
            if index > 0 { text += "." }
            var digits = [UInt8](repeating: 0, count: base36(number - previous, into: nil))
            digits.withUnsafeMutableBufferPointer { _ = base36(number - previous, into: $0) }
            text += String(decoding: digits, as: UTF8.self)
            previous = number
        }
        return text
    }

    /// Writes `number` (not negative) in base 36 at the start of `digits` if given, and
    /// returns how many digits it takes. Most gaps take one or two digits, which need no
    /// division by a variable.
    static func base36(_ number: Int, into digits: UnsafeMutableBufferPointer<UInt8>?) -> Int {
        if number < 36 {
            digits?[0] = digit(number)
            return 1
        }
        if number < 36 * 36 {
            digits?[0] = digit(number / 36)
            digits?[1] = digit(number % 36)
            return 2
        }
        var count = 1
        var place = 1
        while place <= number / 36 {
            place *= 36
            count += 1
        }
        if let digits {
            var rest = number
            for index in 0..<count {
                digits[index] = digit(rest / place)
                rest %= place
                place /= 36
            }
        }
        return count
    }

    /// `0`–`9`, then `a`–`z`.
    private static func digit(_ value: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: value < 10 ? value + 48 : value + 87)
    }
}
