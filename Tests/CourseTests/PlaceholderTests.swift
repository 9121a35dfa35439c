@testable import Course
import Kinds
import Testing

@Suite struct PlaceholderTests {
    func warning(_ text: String) -> Diagnostic? {
        Placeholder.warning(in: Array(text.utf8), file: "content/01-m/02-a.md")
    }

    @Test func aPageWithoutTheMarkerHasNoWarning() {
        #expect(warning("---\ntitle: T\n---\n\nReplace this sentence. ✍ ✏ are other pencils.\n") == nil)
        #expect(warning("") == nil)
        // The marker's first two bytes at the end of a file.
        #expect(Placeholder.warning(in: [0x61, 0xE2, 0x9C], file: "f.md") == nil)
    }

    @Test func theWarningIsAtTheFirstMarkAndNamesTheOtherLines() throws {
        let text = "---\ntitle: T\nsummary: ✎ One sentence.\n---\n\n## ✎ A section\n\n- \"✎ Avoid.\" → \"✎ Say.\"\n"
        let found = try #require(warning(text))
        #expect(found.severity == .warning)
        #expect(found.file == "content/01-m/02-a.md")
        #expect(found.line == 3 && found.column == 10)
        // Two marks on one line are one line.
        #expect(found.message == "placeholder text from `parley new` is still here and on 2 more lines (6, 8)")
        #expect(found.description.hasPrefix("content/01-m/02-a.md:3:10: warning: placeholder text"))
    }

    @Test func theColumnCountsCharactersAndOneMarkIsNamedAlone() throws {
        let found = try #require(warning("---\ntitle: Çà et là\n---\n\n“Déjà” ✎ one left\n"))
        #expect(found.line == 5 && found.column == 8)
        #expect(found.message == "placeholder text from `parley new` is still here")
    }

    @Test func linesEndAsCmarkEndsThem() throws {
        let found = try #require(warning("---\r\ntitle: T\r\n---\r\rOld Mac line\r✎ here\n"))
        #expect(found.line == 6)
        let afterMark = try #require(Placeholder.warning(in: [0xEF, 0xBB, 0xBF] + Array("✎ Start here.".utf8), file: "f.md"))
        #expect(afterMark.line == 1 && afterMark.column == 1)
    }

    @Test func aLongListIsCut() throws {
        let text = (1...14).map { "✎ line \($0)" }.joined(separator: "\n")
        let found = try #require(warning(text))
        #expect(found.line == 1 && found.column == 1)
        #expect(found.message == "placeholder text from `parley new` is still here and on 13 more lines (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)")
    }

    @Test func theLoaderReportsItWithThePagesOtherDiagnostics() throws {
        let loader = ContentLoader(kinds: Kinds.all.content)
        let (page, diagnostics) = loader.loadPage(Array("---\ntitle: T\n---\n\n✎ Start here.\n".utf8), at: "01-m/02-a.md", config: CourseConfig(title: "T"))
        #expect(page != nil)
        #expect(diagnostics.map(\.line) == [5])
        #expect(diagnostics.first?.message == "placeholder text from `parley new` is still here")
    }
}
