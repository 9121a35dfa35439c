import Course
import Foundation

/// The search index, shipped as a script file so search works offline and from `file://`,
/// where fetching a JSON file fails. To stay small it is an inverted index: every distinct
/// word once, with the sections that use it as a delta-coded list, plus the titles and
/// headings that results show and each section's text, which results cut a snippet from.
///
/// The script sets `window.parleySearchIndex` to
///
///     {"pages":[{"t":title,"u":url,"k":kind,"d":summary}, …],
///      "sections":[[page, heading, anchor], [page, heading, anchor, [phrases]], …],
///      "texts":[text, …],
///      "words":{"word":"3.2.z", …}}
///
/// `texts` has one string per section, in the order of `sections`: the section's plain
/// text with its white space collapsed to single spaces. While the texts of the whole
/// course stay within `textLimit` bytes they are whole; past it every text longer than
/// `shortTextLength` characters is cut to about that many at a word's end, followed by
/// "…", so that the index of a course of 10,000 lessons does not grow by all its text.
enum SearchIndex {
    /// Bytes of section text (UTF-8) the index keeps whole, for the whole course.
    static let textLimit = 2_000_000
    /// Past `textLimit`, about how many characters (Unicode scalars) of each section's text
    /// the index keeps.
    static let shortTextLength = 300

    /// What one page gives the index; made while the page renders, on every core.
    struct Entry: Sendable {
        /// The page as a JSON object: title, URL, kind and summary.
        var page: String
        /// Each section as `[heading, anchor]` or `[heading, anchor, [phrases]]`, as JSON
        /// without the page number.
        var sections: [String]
        /// Each section's words.
        var words: WordList
        /// Each section's text as a JSON string, joined by commas, each cut to
        /// `shortTextLength` where it is longer: what the index holds past `textLimit`.
        var texts: String
        /// The same, every text whole, where `texts` cut one and the budget the entry was
        /// made with had room for it (nil otherwise).
        var wholeTexts: String?
        /// Whether `texts` cut a section's text.
        var isCut: Bool
        /// The bytes of the page's whole texts, which count towards `textLimit`.
        var textSize: Int

        /// The entry of a page's sections (`sections` as above) with their texts; the whole
        /// texts are kept if `keepsWholeTexts` says so of their size (asked of every entry,
        /// in any order).
        init(page: String, sections: [String], texts: [String], words: WordList, keepsWholeTexts: (Int) -> Bool = { _ in true }) {
            self.page = page
            self.sections = sections
            self.words = words
            let whole = texts.map(SearchIndex.collapsingWhiteSpace)
            textSize = whole.reduce(0) { $0 + $1.utf8.count }
            let cut = whole.map { SearchIndex.cut($0, to: SearchIndex.shortTextLength) }
            isCut = cut.contains { $0 != nil }
            let keepsWhole = keepsWholeTexts(textSize)
            self.texts = zip(whole, cut).map { JSON.string($1 ?? $0) }.joined(separator: ",")
            wholeTexts = isCut && keepsWhole ? whole.map(JSON.string).joined(separator: ",") : nil
        }
    }

    /// The entry of a page published at `path`, whose kind says what its sections are, with
    /// the words of the course's language; its whole texts kept if `keepsWholeTexts` says
    /// so of their size (see `RenderCache`, which counts them against `textLimit`).
    static func entry<Kind: SiteKind>(for page: Page, at path: String, kind: Kind.Type, language: Language,
                                      keepsWholeTexts: (Int) -> Bool = { _ in true }) -> Entry {
        var members: [(String, String)] = [("t", JSON.string(page.title)), ("u", JSON.string(path + "index.html")),
                                           ("k", JSON.string(Kind.name))]
        if let summary = page.summary { members.append(("d", JSON.string(summary))) }
        var extractor = WordExtractor(language: language)
        var sections: [String] = []
        var texts: [String] = []
        if let content = page.content(as: kind) {
            for section in Kind.searchSections(of: content, page: page) {
                extractor.add(section.text)
                var json = JSON.string(section.heading) + "," + JSON.string(section.id)
                if let phrases = section.phrases { json += "," + JSON.array(phrases.map(JSON.string)) }
                sections.append(json)
                texts.append(section.text)
            }
        }
        if sections.isEmpty {
            sections = ["\"\",\"\""]
            texts = [""]
        }
        return Entry(page: JSON.object(members), sections: sections, texts: texts, words: extractor.words,
                     keepsWholeTexts: keepsWholeTexts)
    }

    /// `text` with every run of white space (space, tab, line and page breaks) one space,
    /// none at either end.
    static func collapsingWhiteSpace(_ text: String) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most texts are already so: one look, no copy.
            var isCollapsed = !(bytes.first.map(isSpace) ?? false) && !(bytes.last.map(isSpace) ?? false)
            var index = 0
            while isCollapsed && index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0x20 {
                    isCollapsed = index == bytes.count || bytes[index] != 0x20
                } else if byte < 0x20 {
                    isCollapsed = !isSpace(byte)
                }
            }
            if isCollapsed { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if isSpace(byte) {
                    pendingSpace = !result.isEmpty
                    continue
                }
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(byte)
            }
            return String(decoding: result, as: UTF8.self)
        } ?? text
    }

    /// `text` (white space collapsed) cut to its first `length` Unicode scalars or fewer,
    /// at the end of a word where one ends in the second half, then "…"; nil when it is
    /// not longer than that. Text without spaces (Chinese, Thai) is cut between scalars,
    /// never before a combining mark.
    static func cut(_ text: String, to length: Int) -> String? {
        // No more scalars than bytes.
        guard text.utf8.count > length else { return nil }
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Where scalar number `length` starts: the first `length` scalars end there.
            var scalars = 0
            var end = 0
            while end < bytes.count {
                if bytes[end] & 0xC0 != 0x80 {
                    if scalars == length { break }
                    scalars += 1
                }
                end += 1
            }
            guard end < bytes.count else { return nil }
            var cut = end
            if let space = bytes[..<end].lastIndex(of: 0x20), space >= end / 2 {
                cut = space
            } else {
                // Not before a combining mark or joiner: back to the start of its letter.
                while cut > 0 {
                    let (value, _) = WordExtractor.scalar(in: bytes, at: cut)
                    guard let scalar = Unicode.Scalar(value), Self.continuesLetter(scalar) else { break }
                    cut -= 1
                    while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                }
            }
            while cut > 0 && bytes[cut - 1] == 0x20 { cut -= 1 }
            return String(decoding: bytes[..<cut], as: UTF8.self) + "…"
        }
    }

    /// A combining mark, joiner or variation selector: part of the letter before it.
    private static func continuesLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.value == 0x200D || scalar.value == 0x200C || scalar.properties.isVariationSelector
        }
    }

    /// The script from every page's entry: pages, sections, their texts and the inverted
    /// word index, then the language's stop words (folded, as search.js compares a query's
    /// words) and its folding if it has one beyond lower case (`window.parleySearchFolding`,
    /// absent for English). The texts are whole while all of them together take no more
    /// than `textLimit` bytes (and every entry kept them), cut otherwise.
    /// Written once into a buffer of its final size: at 10,000 lessons it is 35 MB, and
    /// every copy of it costs time in fresh pages.
    static func script(entries: [Entry], language: Language = .english, textLimit: Int = SearchIndex.textLimit) -> Data {
        let words = entries.map { ($0.words, $0.sections.count) }
        let shards = Array(0..<shardCount).parallelMap { shard in InvertedShard.json(shard: shard, of: words) }
        let head = "window.parleySearchIndex = {\"pages\":["
        var tail = "}};\nwindow.parleySearchStopWords = \(JSON.string(language.stopWords.joined(separator: " ")));\n"
        if let folding = language.folding.scriptName {
            tail += "window.parleySearchFolding = \(JSON.string(folding));\n"
        }
        var pagesSize = 0
        var sectionsSize = 0
        for (pageNumber, entry) in entries.enumerated() {
            pagesSize += entry.page.utf8.count + 1
            for section in entry.sections {
                sectionsSize += section.utf8.count + String(pageNumber).utf8.count + 4
            }
        }
        let textSize = entries.reduce(0) { $0 + $1.textSize }
        let keepsWholeTexts = textSize <= textLimit && entries.allSatisfy { !$0.isCut || $0.wholeTexts != nil }
        func texts(of entry: Entry) -> String {
            keepsWholeTexts ? entry.wholeTexts ?? entry.texts : entry.texts
        }
        let textsSize = entries.reduce(0) { $0 + texts(of: $1).utf8.count + 1 }
        let wordsSize = shards.reduce(0) { $0 + $1.count + 1 }
        var script = Data(capacity: head.utf8.count + pagesSize + sectionsSize + textsSize + wordsSize + tail.utf8.count + 60)
        script.append(head)
        for (pageNumber, entry) in entries.enumerated() {
            if pageNumber > 0 { script.append(",") }
            script.append(entry.page)
        }
        script.append("],\n\"sections\":[")
        var isFirst = true
        for (pageNumber, entry) in entries.enumerated() {
            for section in entry.sections {
                script.append(isFirst ? "[\(pageNumber)," : ",[\(pageNumber),")
                script.append(section)
                script.append("]")
                isFirst = false
            }
        }
        script.append("],\n\"texts\":[")
        for (pageNumber, entry) in entries.enumerated() {
            if pageNumber > 0 { script.append(",") }
            script.append(texts(of: entry))
        }
        script.append("],\n\"words\":{")
        isFirst = true
        for shard in shards where !shard.isEmpty {
            if !isFirst { script.append(",") }
            script.append(contentsOf: shard)
            isFirst = false
        }
        script.append(tail)
        return script
    }

    /// The words of `text` as the index keys them: lower case, folded for the language,
    /// without its most common ones, by shard and then in order of use.
    static func words(_ text: String, language: Language = .english) -> [String] {
        var extractor = WordExtractor(language: language)
        extractor.add(text)
        return extractor.words.strings(section: 0)
    }
}

private extension Data {
    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }
}
