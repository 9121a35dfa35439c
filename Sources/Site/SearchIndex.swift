import Course
import Foundation

/// The search index, built once per build and shipped as a script file so search works
/// offline and from `file://`, where fetching a JSON file fails. To stay small it keeps,
/// for each section, its heading and the distinct words of its text rather than the text.
enum SearchIndex {
    static func script(for entries: [SiteContext.Entry]) -> String {
        let pages: [[String: Any]] = entries.map { entry in
            let page = entry.page
            var item: [String: Any] = ["t": page.title, "u": page.path + "index.html", "k": KindLabel.text(page.kind)]
            if let summary = page.summary { item["d"] = summary }
            item["s"] = sections(of: page)
            return item
        }
        let object: [String: Any] = ["pages": pages]
        let json = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            .flatMap { String(data: $0, encoding: .utf8) } ?? "{\"pages\":[]}"
        let stop = stopWords.sorted().joined(separator: " ")
        return "window.parleySearchIndex = \(json);\nwindow.parleySearchStopWords = \"\(stop)\";\n"
    }

    private static func sections(of page: Page) -> [[String: Any]] {
        if page.kind == .quiz { return [] }
        if let bank = page.phraseBank {
            return bank.sections.map { section in
                let phrases = section.phrases.map { phrase in phrase.avoid.map { "“\($0)” → “\(phrase.say)”" } ?? "“\(phrase.say)”" }
                return ["h": section.title, "a": section.id, "w": words(phrases.joined(separator: " ") + " "
                        + section.phrases.map(\.reason).joined(separator: " ")), "p": phrases]
            }
        }
        return page.sections.map { section in
            ["h": section.heading, "a": section.id, "w": words(section.text)]
        }
    }

    /// Distinct lower-case words in order of first use, without the most common ones.
    static func words(_ text: String) -> String {
        var seen = Set<Substring>()
        var result: [Substring] = []
        let lowered = text.lowercased()
        for word in lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where word.count > 1 {
            if stopWords.contains(word) { continue }
            if seen.insert(word).inserted { result.append(word) }
        }
        return result.joined(separator: " ")
    }

    static let stopWords: Set<Substring> = [
        "the", "and", "a", "an", "to", "of", "in", "on", "for", "is", "it", "that", "this", "with", "as",
        "at", "be", "by", "are", "was", "or", "if", "but", "not", "from", "so", "they", "their", "them",
        "you", "your", "we", "our", "us", "can", "will", "do", "does", "have", "has", "had", "its", "than",
        "then", "there", "what", "when", "which", "who", "how", "into", "about", "just", "more", "no", "all",
        "any", "one", "out", "up", "he", "she", "his", "her", "i", "me", "my", "were", "been", "also",
    ]
}
