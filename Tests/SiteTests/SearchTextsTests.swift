import Course
import CourseFixtures
import Foundation
import Kinds
import Testing
@testable import Site

/// Each section's text in the search index, which search.js cuts a result's snippet from:
/// white space collapsed, JSON-escaped, whole within the budget and cut past it.
@Suite struct SearchTextsTests {
    /// The `"texts":[…]` members of a search index script.
    func texts(_ script: String) -> String {
        guard let start = script.range(of: "\"texts\":[")?.upperBound,
              let end = script.range(of: "],\n\"words\":{")?.lowerBound else { return "" }
        return String(script[start..<end])
    }

    func script(_ entries: [SearchIndex.Entry], textLimit: Int = SearchIndex.textLimit) -> String {
        String(decoding: SearchIndex.script(entries: entries, textLimit: textLimit), as: UTF8.self)
    }

    func entry(_ texts: [String], keepsWholeTexts: (Int) -> Bool = { _ in true }) -> SearchIndex.Entry {
        var extractor = SearchIndex.WordExtractor()
        for text in texts { extractor.add(text) }
        return SearchIndex.Entry(page: "{}", sections: texts.map { _ in "\"\",\"\"" }, texts: texts, words: extractor.words,
                                 keepsWholeTexts: keepsWholeTexts)
    }

    @Test func aBuiltIndexHasEverySectionsTextEscaped() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "01-basics/02-second.md": """
            ---
            title: Second lesson
            ---

            Before the first heading.

            ## Why it works

            Say `"sorry"`   once, `\\` then
            fix it: `</script>` & `<!--` here
            l’écoute — “calm”…

            - one
            - two

            ```
            code is not text
            ```
            """,
        ]) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        let assets = try FileManager.default.contentsOfDirectory(atPath: course.output + "/assets")
        let name = try #require(assets.first { $0.hasPrefix("search-index.") })
        let index = try #require(course.built("assets/" + name))
        let texts = texts(index)
        // One text per section, in the order of the sections; white space collapsed; what
        // could end a script or open a comment escaped; curly quotes and "…" as they are.
        #expect(texts.contains(#""Before the first heading.","Say \"sorry\" once, \\ then fix it: \u003c/script\u003e \u0026 \u003c!-- here l’écoute — “calm”… one two""#))
        #expect(!texts.contains("code is not text"))
        let sections = try #require(index.range(of: "\"sections\":[").map { index[$0.upperBound...] })
        let rows = sections.prefix { $0 != "\n" }.components(separatedBy: "],[").count
        // Every string of the list is a text: as many as there are sections.
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(("[" + texts + "]").utf8)) as? [String])
        #expect(decoded.count == rows)
        #expect(decoded.contains("Say \"sorry\" once, \\ then fix it: </script> & <!-- here l’écoute — “calm”… one two"))
    }

    @Test func whiteSpaceIsCollapsed() {
        #expect(SearchIndex.collapsingWhiteSpace("already so") == "already so")
        #expect(SearchIndex.collapsingWhiteSpace("  two\n\nlines\tand  spaces \r\n") == "two lines and spaces")
        #expect(SearchIndex.collapsingWhiteSpace(" ") == "")
        #expect(SearchIndex.collapsingWhiteSpace("") == "")
        // A no-break space is not white space to collapse.
        #expect(SearchIndex.collapsingWhiteSpace("10\u{A0}%") == "10\u{A0}%")
    }

    @Test func aLongTextIsCutAtTheEndOfAWord() throws {
        let words = (0..<100).map { "word\($0)" }.joined(separator: " ")
        let cut = try #require(SearchIndex.cut(words, to: 300))
        #expect(cut.hasSuffix("…"))
        #expect(cut.unicodeScalars.count <= 301)
        #expect(cut.unicodeScalars.count > 250)
        #expect(words.hasPrefix(String(cut.dropLast()) + " "))
        #expect(SearchIndex.cut("short text", to: 300) == nil)
        #expect(SearchIndex.cut(String(repeating: "é", count: 300), to: 300) == nil)
        // Without spaces, between letters, never before a combining mark.
        let chinese = String(repeating: "倾听客户", count: 100)
        #expect(try #require(SearchIndex.cut(chinese, to: 300)) == String(chinese.prefix(300)) + "…")
        let marked = String(repeating: "e\u{301}", count: 200)
        let cutMarked = try #require(SearchIndex.cut(marked, to: 301))
        #expect(cutMarked.unicodeScalars.count == 301)
        #expect(cutMarked.unicodeScalars.dropLast().last == "\u{301}")
    }

    @Test func textsAreWholeWithinTheBudgetAndCutPastIt() {
        let long = (0..<200).map { "word\($0)" }.joined(separator: " ")
        let entries = [entry(["short one", long]), entry([long + " again"])]
        let size = "short one".utf8.count + 2 * long.utf8.count + " again".utf8.count
        let whole = texts(script(entries, textLimit: size))
        #expect(whole == JSON.string("short one") + "," + JSON.string(long) + "," + JSON.string(long + " again"))
        let cut = texts(script(entries, textLimit: size - 1))
        let first = SearchIndex.cut(long, to: SearchIndex.shortTextLength) ?? ""
        #expect(first.count < 310 && first.hasSuffix("…"))
        #expect(cut == JSON.string("short one") + "," + JSON.string(first) + "," + JSON.string(first))
    }

    @Test func entriesMadePastTheBudgetKeepNoWholeTexts() {
        let long = String(repeating: "calm words ", count: 100)
        var made = 0
        let budget = { (size: Int) -> Bool in
            made += size
            return made <= 1_500
        }
        let first = entry([long], keepsWholeTexts: budget)
        let second = entry([long], keepsWholeTexts: budget)
        #expect(first.wholeTexts != nil && second.wholeTexts == nil)
        // The index is cut whatever the limit it is written with: an entry has no whole text.
        #expect(texts(script([first, second], textLimit: 1_000_000)).hasSuffix("…\""))
    }

    @Test func aCourseOverTheBudgetGetsCutTexts() throws {
        let paragraph = (0..<120).map { "calm\($0)" }.joined(separator: " ")
        var files = TemporaryCourse.basics
        for number in 1...3 {
            files["01-basics/0\(number + 2)-long.md"] = "---\ntitle: Long \(number)\n---\n\n## Part\n\n\(paragraph) ending\(number)\n"
        }
        let course = try TemporaryCourse(files)
        let (loaded, _) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content)
        let theme = try #require(Theme.load(named: "default", from: TemporaryCourse.themes).0)
        func index(textLimit: Int?) -> String {
            var copy = loaded
            var renderer = SiteRenderer(theme: theme, kinds: Kinds.all)
            let cache = RenderCache(textLimit: textLimit)
            renderer.index(&copy, into: cache)
            renderer.cache = cache
            let files = renderer.render(copy)
            guard case .bytes(let data)? = files.first(where: { $0.path.hasPrefix("assets/search-index.") })?.contents else { return "" }
            return texts(String(decoding: data, as: UTF8.self))
        }
        let whole = index(textLimit: nil)
        #expect(whole.contains("calm119 ending1") && whole.contains("calm119 ending3"))
        // Three texts of ~1,000 bytes: past a limit of 1,500 bytes every long text is cut.
        let cut = index(textLimit: 1_500)
        #expect(!cut.contains("ending"))
        let cutText = SearchIndex.cut(paragraph + " ending1", to: SearchIndex.shortTextLength) ?? ""
        #expect(cut.components(separatedBy: JSON.string(cutText)).count == 4)
        // Short texts stay whole.
        #expect(cut.contains("\"Text.\""))
    }
}
