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

    @Test func keepsRawHTMLWhenAllowedWithoutSourcePositions() {
        let html = Document(markdown: "Text <b>bold</b>\n\n- item\n").renderHTML(allowRawHTML: true)
        #expect(html == "<p>Text <b>bold</b></p>\n<ul>\n<li>item</li>\n</ul>\n")
        #expect(!html.contains("data-sourcepos"))
    }

    @Test func emptiesJavaScriptLinksInSafeMode() {
        let html = Document(markdown: "[x](javascript:alert(1))\n").renderHTML()
        #expect(!html.contains("javascript:"))
    }

    @Test func textAfterANULIsKept() {
        let html = Document(markdown: "before\u{0}after\n").renderHTML()
        #expect(html == "<p>before\u{FFFD}after</p>\n")
    }

    @Test func reportsSourcePositions() {
        let document = Document(markdown: "# Title\n\nSome text\n\n## Second\n")
        let headings = document.descendants(of: document.root, ofTypes: [.heading])
        #expect(headings.map { document.startLine(of: $0) } == [1, 5])
        #expect(headings.map { document.headingLevel(of: $0) } == [1, 2])
        #expect(headings.map { document.plainText(of: $0) } == ["Title", "Second"])
    }

    @Test func readsFenceInfoAndListKind() {
        let document = Document(markdown: "```quiz\nbody\n```\n\n1. one\n2. two\n\n- a\n")
        let nodes = document.descendants(of: document.root)
        #expect(nodes.first { document.type(of: $0) == .codeBlock }.map { document.fenceInfo(of: $0) } == "quiz")
        #expect(nodes.filter { document.type(of: $0) == .list }.map { document.isOrderedList($0) } == [true, false])
    }

    @Test func customBlocksAreEmittedVerbatimEvenInSafeMode() throws {
        var document = Document(markdown: "> quoted\n")
        let first = document.firstChild(of: document.root)
        let quote = try #require(first)
        let block = document.makeCustomBlock(onEnter: "<aside class=\"x\">", onExit: "</aside>")
        document.moveChildren(of: quote, to: block)
        document.replace(quote, with: block)
        #expect(document.renderHTML() == "<aside class=\"x\">\n<p>quoted</p>\n</aside>\n")
    }

    @Test func rewritesLinkURLs() throws {
        var document = Document(markdown: "[a](b.md)\n")
        let links = document.descendants(of: document.root, ofTypes: [.link])
        let link = try #require(links.first)
        document.setURL("../b/index.html", of: link)
        #expect(document.renderHTML() == "<p><a href=\"../b/index.html\">a</a></p>\n")
    }

    @Test func removesNodes() throws {
        var document = Document(markdown: "one\n\ntwo\n")
        let first = document.firstChild(of: document.root)
        document.remove(try #require(first))
        #expect(document.renderHTML() == "<p>two</p>\n")
    }
}

/// Nodes belong to their document: a node taken out of the tree still names memory the
/// document owns, and a node of one document means nothing to another.
@Suite struct OwnershipTests {
    @Test func aRemovedNodeCanStillBeReadUntilItsDocumentGoes() throws {
        var document = Document(markdown: "one *two*\n\nthree\n")
        let found = document.firstChild(of: document.root)
        let first = try #require(found)
        document.remove(first)
        #expect(document.plainText(of: first) == "one two")
        #expect(document.parent(of: first) == nil)
        #expect(document.renderHTML() == "<p>three</p>\n")
    }

    @Test func aReplacedNodeCanBePutBackAndIsFreedOnce() throws {
        var document = Document(markdown: "> quote\n")
        let found = document.firstChild(of: document.root)
        let quote = try #require(found)
        let block = document.makeCustomBlock(onEnter: "<div>", onExit: "</div>")
        document.replace(quote, with: block)
        document.append(quote, to: block)
        #expect(document.renderHTML() == "<div>\n<blockquote>\n<p>quote</p>\n</blockquote>\n</div>\n")
    }

    @Test func aNodeOfAnotherDocumentGetsNothing() throws {
        let one = Document(markdown: "# One\n")
        var other = Document(markdown: "Other\n")
        let found = one.firstChild(of: one.root)
        let heading = try #require(found)
        #expect(other.type(of: heading) == .unknown)
        #expect(other.plainText(of: heading) == "")
        #expect(other.children(of: heading).isEmpty)
        other.remove(heading)
        #expect(one.plainText(of: heading) == "One")
        #expect(other.renderHTML() == "<p>Other</p>\n")
    }
}

@Suite struct InnerHTMLTests {
    @Test func innerHTMLOfATightListParagraphKeepsItsEmphasis() throws {
        let document = Document(markdown: "- A *very* good answer\n- B\n")
        let paragraphs = document.descendants(of: document.root, ofTypes: [.paragraph])
        let paragraph = try #require(paragraphs.first)
        #expect(document.renderInnerHTML(of: paragraph) == "A <em>very</em> good answer")
    }

    @Test func innerHTMLOfAHeading() throws {
        let document = Document(markdown: "## Say `this` **now**\n")
        let found = document.firstChild(of: document.root)
        let heading = try #require(found)
        #expect(document.renderInnerHTML(of: heading) == "Say <code>this</code> <strong>now</strong>")
    }
}
