import CommonMark
import Testing

@Suite struct DocumentTests {
    @Test func rendersParagraphsAndEmphasis() {
        let document = Document(markdown: "Hello *world*.\n")
        #expect(document.renderHTML() == "<p>Hello <em>world</em>.</p>\n")
    }

    @Test func usesSmartPunctuation() {
        let html = Document(markdown: "\"Quoted\" -- and it's done...\n").renderHTML()
        #expect(html == "<p>“Quoted” – and it’s done…</p>\n")
    }

    @Test func leavesRawHTMLOutInSafeMode() {
        let document = Document(markdown: "<script>alert(1)</script>\n\nText <b>bold</b>\n")
        let html = document.renderHTML()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func keepsRawHTMLWhenAllowed() {
        let html = Document(markdown: "Text <b>bold</b>\n").renderHTML(allowRawHTML: true)
        #expect(html.contains("<b>bold</b>"))
    }

    @Test func emptiesJavaScriptLinksInSafeMode() {
        let html = Document(markdown: "[x](javascript:alert(1))\n").renderHTML()
        #expect(!html.contains("javascript:"))
    }

    @Test func reportsSourcePositions() {
        let document = Document(markdown: "# Title\n\nSome text\n\n## Second\n")
        let headings = document.node.descendants.filter { $0.type == .heading }
        #expect(headings.map(\.startLine) == [1, 5])
        #expect(headings.map(\.headingLevel) == [1, 2])
        #expect(headings.map(\.plainText) == ["Title", "Second"])
    }

    @Test func readsFenceInfoAndListKind() {
        let document = Document(markdown: "```quiz\nbody\n```\n\n1. one\n2. two\n\n- a\n")
        let nodes = document.node.descendants
        #expect(nodes.first { $0.type == .codeBlock }?.fenceInfo == "quiz")
        #expect(nodes.filter { $0.type == .list }.map(\.isOrderedList) == [true, false])
    }

    @Test func customBlocksAreEmittedVerbatimEvenInSafeMode() throws {
        let document = Document(markdown: "> quoted\n")
        let quote = try #require(document.node.firstChild)
        let block = Node.customBlock(onEnter: "<aside class=\"x\">", onExit: "</aside>")
        quote.moveChildren(to: block)
        quote.replace(with: block)
        #expect(document.renderHTML() == "<aside class=\"x\">\n<p>quoted</p>\n</aside>\n")
    }

    @Test func rewritesLinkURLs() throws {
        let document = Document(markdown: "[a](b.md)\n")
        let link = try #require(document.node.descendants.first { $0.type == .link })
        link.url = "../b/index.html"
        #expect(document.renderHTML() == "<p><a href=\"../b/index.html\">a</a></p>\n")
    }

    @Test func removesNodes() throws {
        let document = Document(markdown: "one\n\ntwo\n")
        try #require(document.node.firstChild).remove()
        #expect(document.renderHTML() == "<p>two</p>\n")
    }
}

@Suite struct InnerHTMLTests {
    @Test func innerHTMLOfATightListParagraphKeepsItsEmphasis() throws {
        let document = Document(markdown: "- A *very* good answer\n- B\n")
        let paragraph = try #require(document.node.descendants.first { $0.type == .paragraph })
        #expect(paragraph.renderInnerHTML() == "A <em>very</em> good answer")
    }

    @Test func innerHTMLOfAHeading() throws {
        let document = Document(markdown: "## Say `this` **now**\n")
        #expect(try #require(document.node.firstChild).renderInnerHTML() == "Say <code>this</code> <strong>now</strong>")
    }
}

@Suite struct DiscardContentTests {
    @Test func freesTheTreeAndLeavesAnEmptyDocument() {
        let document = Document(markdown: "# Title\n\nSome *text* and a [link](x.md).\n\n- one\n- two\n")
        #expect(document.node.children.count == 3)
        document.discardContent()
        #expect(document.node.children.isEmpty)
        #expect(document.renderHTML() == "")
    }
}
