import Course

/// The search index, shipped as a script file so search works offline and from `file://`,
/// where fetching a JSON file fails. To stay small it is an inverted index: every distinct
/// word once, with the sections that use it as a delta-coded list, plus the titles and
/// headings that results show.
enum SearchIndex {
    /// What one page gives the index; made while the page renders, on every core.
    struct Entry: Sendable {
        var page: String
        var sections: [Section]
    }

    struct Section: Sendable {
        /// `[heading, anchor]` or `[heading, anchor, [phrases]]`, as JSON without the page number.
        var json: String
        var words: [String]
    }

    static func entry(for page: Page) -> Entry {
        var members: [(String, String)] = [("t", JSON.string(page.title)), ("u", JSON.string(page.path + "index.html")),
                                           ("k", JSON.string(KindLabel.text(page.kind)))]
        if let summary = page.summary { members.append(("d", JSON.string(summary))) }
        return Entry(page: JSON.object(members), sections: sections(of: page))
    }

    private static func sections(of page: Page) -> [Section] {
        if page.kind == .quiz { return [Section(json: "\"\",\"\"", words: [])] }
        if let bank = page.phraseBank {
            return bank.sections.map { section in
                let phrases = section.phrases.map { phrase in phrase.avoid.map { "“\($0)” → “\(phrase.say)”" } ?? "“\(phrase.say)”" }
                let text = phrases.joined(separator: " ") + " " + section.phrases.map(\.reason).joined(separator: " ")
                let json = JSON.string(section.title) + "," + JSON.string(section.id) + "," + JSON.array(phrases.map(JSON.string))
                return Section(json: json, words: words(text))
            }
        }
        let sections = page.sections.map { section in
            Section(json: JSON.string(section.heading) + "," + JSON.string(section.id), words: words(section.text))
        }
        return sections.isEmpty ? [Section(json: "\"\",\"\"", words: [])] : sections
    }

    /// The script from every page's entry: pages, sections and the inverted word index.
    static func script(entries: [Entry]) -> String {
        var pages: [String] = []
        var sections: [String] = []
        var sectionWords: [[String]] = []
        for (pageNumber, entry) in entries.enumerated() {
            pages.append(entry.page)
            for section in entry.sections {
                sections.append("[\(pageNumber),\(section.json)]")
                sectionWords.append(section.words)
            }
        }
        // Words are split into shards by their first byte, each shard inverted on its own core.
        let shardCount = 4
        let allWords = sectionWords
        let shards = Array(0..<shardCount).parallelMap { shard -> String in
            var postings: [String: [Int]] = [:]
            for (number, words) in allWords.enumerated() {
                for word in words where Int(word.utf8.first ?? 0) % shardCount == shard {
                    postings[word, default: []].append(number)
                }
            }
            return postings.keys.sorted().map { word in
                JSON.string(word) + ":" + JSON.string(deltaCoded(postings[word] ?? []))
            }.joined(separator: ",")
        }
        let stop = stopWords.sorted().joined(separator: " ")
        return "window.parleySearchIndex = {\"pages\":" + JSON.array(pages) + ",\n\"sections\":" + JSON.array(sections)
            + ",\n\"words\":{" + shards.filter { !$0.isEmpty }.joined(separator: ",") + "}};\n"
            + "window.parleySearchStopWords = \(JSON.string(stop));\n"
    }

    /// Ascending numbers as base-36 gaps joined by `.`: `3, 5, 40` → `3.2.z`. Written
    /// digit by digit into one buffer: there is one number per word per section.
    static func deltaCoded(_ numbers: [Int]) -> String {
        let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(numbers.count * 3)
        var previous = 0
        var scratch: [UInt8] = []
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ".")) }
            var gap = number - previous
            previous = number
            scratch.removeAll(keepingCapacity: true)
            repeat {
                scratch.append(digits[gap % 36])
                gap /= 36
            } while gap > 0
            bytes.append(contentsOf: scratch.reversed())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Distinct lower-case words in order of first use, without the most common ones.
    /// Works on UTF-8 bytes; only words with non-ASCII letters take the slower path.
    static func words(_ text: String) -> [String] {
        // Starting from the stop words makes one set lookup per word answer both questions.
        var seen = stopWords
        var result: [String] = []
        var word: [UInt8] = []
        var isASCII = true
        func finish() {
            defer { word.removeAll(keepingCapacity: true); isASCII = true }
            guard word.count > 1 else { return }
            let string = isASCII ? String(decoding: word, as: UTF8.self) : String(decoding: word, as: UTF8.self).lowercased()
            if seen.insert(string).inserted {
                result.append(string)
            }
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
            // A multi-byte scalar: decode it to ask whether it is a letter or digit.
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

    static let stopWords: Set<String> = [
        "the", "and", "a", "an", "to", "of", "in", "on", "for", "is", "it", "that", "this", "with", "as",
        "at", "be", "by", "are", "was", "or", "if", "but", "not", "from", "so", "they", "their", "them",
        "you", "your", "we", "our", "us", "can", "will", "do", "does", "have", "has", "had", "its", "than",
        "then", "there", "what", "when", "which", "who", "how", "into", "about", "just", "more", "no", "all",
        "any", "one", "out", "up", "he", "she", "his", "her", "i", "me", "my", "were", "been", "also",
    ]
}
