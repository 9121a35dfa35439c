import Course
import Foundation

/// The search index, shipped as a script file so search works offline and from `file://`,
/// where fetching a JSON file fails. To stay small it is an inverted index: every distinct
/// word once, with the sections that use it as a delta-coded list, plus the titles and
/// headings that results show.
enum SearchIndex {
    /// What one page gives the index; made while the page renders, on every core.
    struct Entry: Sendable {
        /// The page as a JSON object: title, URL, kind and summary.
        var page: String
        /// Each section as `[heading, anchor]` or `[heading, anchor, [phrases]]`, as JSON
        /// without the page number.
        var sections: [String]
        /// Each section's words.
        var words: WordList
    }

    /// The entry of a page published at `path`, whose kind says what its sections are, with
    /// the words of the course's language.
    static func entry<Kind: SiteKind>(for page: Page, at path: String, kind: Kind.Type, language: Language) -> Entry {
        var members: [(String, String)] = [("t", JSON.string(page.title)), ("u", JSON.string(path + "index.html")),
                                           ("k", JSON.string(Kind.name))]
        if let summary = page.summary { members.append(("d", JSON.string(summary))) }
        var extractor = WordExtractor(language: language)
        var sections: [String] = []
        if let content = page.content(as: kind) {
            for section in Kind.searchSections(of: content, page: page) {
                extractor.add(section.text)
                var json = JSON.string(section.heading) + "," + JSON.string(section.id)
                if let phrases = section.phrases { json += "," + JSON.array(phrases.map(JSON.string)) }
                sections.append(json)
            }
        }
        if sections.isEmpty { sections = ["\"\",\"\""] }
        return Entry(page: JSON.object(members), sections: sections, words: extractor.words)
    }

    /// The script from every page's entry: pages, sections and the inverted word index,
    /// then the language's stop words (folded, as search.js compares a query's words) and
    /// its folding if it has one beyond lower case (`window.parleySearchFolding`, absent for
    /// English, so an English index is what it was before languages had their own).
    /// Written once into a buffer of its final size: at 10,000 lessons it is 35 MB, and
    /// every copy of it costs time in fresh pages.
    static func script(entries: [Entry], language: Language = .english) -> Data {
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
        let wordsSize = shards.reduce(0) { $0 + $1.count + 1 }
        var script = Data(capacity: head.utf8.count + pagesSize + sectionsSize + wordsSize + tail.utf8.count + 40)
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
