import Course
@testable import Site
import Testing

/// The table of contents: `###` headings in a list of their own inside their `##`'s item,
/// so each level is numbered from one.
@Suite struct ContentsTests {
    func heading(_ level: Int, _ text: String) -> Heading {
        Heading(level: level, text: text, id: text.lowercased(), line: 1)
    }

    @Test func subheadingsAreNestedUnderTheirHeading() {
        let html = SiteContext.tocItems([heading(2, "A"), heading(3, "A1"), heading(3, "A2"), heading(2, "B"), heading(2, "C"), heading(3, "C1")])
        #expect(html == "<li><a href=\"#a\">A</a><ol class=\"toc-sub\"><li><a href=\"#a1\">A1</a></li><li><a href=\"#a2\">A2</a></li></ol></li>"
            + "<li><a href=\"#b\">B</a></li>"
            + "<li><a href=\"#c\">C</a><ol class=\"toc-sub\"><li><a href=\"#c1\">C1</a></li></ol></li>")
    }

    @Test func aSubheadingBeforeAnyHeadingIsAnItemOfItsOwn() {
        let html = SiteContext.tocItems([heading(3, "Intro"), heading(2, "A")])
        #expect(html == "<li><a href=\"#intro\">Intro</a></li><li><a href=\"#a\">A</a></li>")
    }
}
