import CommonMark
import Course
import Foundation

/// Reads the scenario syntax: each `##` a moment, its text what happens, its list the
/// replies (`"reply" → [Label](#moment) (+2)`), a moment without a list an ending. Every
/// mistake becomes a diagnostic at its line; the paths through the scenario are checked
/// by `ScenarioPaths`.
///
/// It reads in two steps around the page's body: first the structure, taking each reply's
/// link out of the tree (a reply's link is where it leads, not a link of the page) and
/// gathering each moment's blocks into one container; then, with the body read (callouts
/// made, links marked), the HTML of every part.
struct ScenarioReader {
    /// A moment's nodes while the tree is alive.
    private struct Draft {
        var id: String
        var title: String
        var heading: Node
        var text: Node
        var replies: [(paragraph: Node, target: String, change: Int, line: Int)]
        var isEnding: Bool
        var line: Int
    }

    private var drafts: [Draft] = []
    private var intro: Node?
    /// Moments with a reply that could not be read: the author will point it somewhere,
    /// so the path checks count it as a way out rather than report a second problem.
    private var unfinished: Set<String> = []
    private var hasSections = false
    /// Line of the first block, for a scenario without moments.
    private var firstLine = 0

    /// Reads the whole scenario of the page.
    static func read(_ page: inout PageReading) -> Scenario {
        var reader = ScenarioReader()
        reader.readStructure(&page)
        page.readBody()
        return reader.scenario(from: &page)
    }

    // MARK: Structure

    private mutating func readStructure(_ page: inout PageReading) {
        var ids = HeadingIDs()
        var idsByLine: [Int: String] = [:]
        for node in page.document.descendants(of: page.document.root, ofTypes: [.heading]) {
            idsByLine[page.document.startLine(of: node)] = ids.id(for: page.document.plainText(of: node))
        }
        let parts = HeadingSections(page.document)
        hasSections = !parts.sections.isEmpty
        firstLine = page.document.firstChild(of: page.document.root).map { page.line(of: $0) } ?? page.lineOffset + 1
        intro = Self.container(for: parts.intro, in: &page.document)
        for section in parts.sections {
            let id = idsByLine[page.document.startLine(of: section.heading)] ?? ""
            if let draft = moment(heading: section.heading, id: id, blocks: section.blocks, in: &page) { drafts.append(draft) }
        }
    }

    /// Moves `blocks` into one container block in their place: the body reading replaces
    /// some blocks (callouts), and the container stays, with the new ones in it.
    private static func container(for blocks: [Node], in document: inout Document) -> Node {
        let container = document.makeCustomBlock(onEnter: "", onExit: "")
        if let first = blocks.first {
            document.insert(container, before: first)
        } else {
            document.append(container, to: document.root)
        }
        for block in blocks { document.append(block, to: container) }
        return container
    }

    private mutating func moment(heading: Node, id: String, blocks: [Node], in page: inout PageReading) -> Draft? {
        let line = page.line(of: heading)
        let title = page.document.plainText(of: heading).trimmingSpaces()
        guard !title.isEmpty else {
            page.report(heading, "moment has no title", hint: "write the moment's name after the `## `: it gives the moment its anchor")
            return nil
        }
        let lists = blocks.filter { page.document.type(of: $0) == .list }
        guard let list = lists.first else {
            if blocks.isEmpty {
                page.report(heading, "the ending '\(title)' has no debrief",
                            hint: "a moment without replies is an ending: write what went well and what to try next time")
            }
            return Draft(id: id, title: title, heading: heading, text: Self.container(for: blocks, in: &page.document),
                         replies: [], isEnding: true, line: line)
        }
        let listIndex = blocks.firstIndex(of: list) ?? blocks.endIndex
        for extra in blocks[listIndex...].dropFirst() {
            if page.document.type(of: extra) == .list {
                page.report(extra, "a moment has one list of replies; this is a second list",
                            hint: "merge the lists, or start a new moment with `## `")
            } else {
                page.report(extra, "text after the replies", hint: "move it above the list: the replies come last in a moment")
            }
        }
        var replies: [(paragraph: Node, target: String, change: Int, line: Int)] = []
        for item in page.document.children(of: list) {
            if let reply = reply(in: item, momentID: id, page: &page) { replies.append(reply) }
        }
        return Draft(id: id, title: title, heading: heading, text: Self.container(for: Array(blocks[..<listIndex]), in: &page.document),
                     replies: replies, isEnding: false, line: line)
    }

    // MARK: Replies

    private mutating func reply(in item: Node, momentID: String, page: inout PageReading) -> (paragraph: Node, target: String, change: Int, line: Int)? {
        let line = page.line(of: item)
        guard let paragraph = page.document.firstChild(of: item), page.document.type(of: paragraph) == .paragraph else {
            unfinished.insert(momentID)
            page.report(item, "reply is empty", hint: "write the reply, an arrow and a link: `\"…\" → [Label](#moment)`")
            return nil
        }
        for extra in page.document.children(of: item).dropFirst() {
            page.report(extra, "a reply is one paragraph: the reply, an arrow and a link",
                        hint: "put this in the moment's text, or in the moment the reply leads to")
        }
        let links = page.document.descendants(of: paragraph, ofTypes: [.link])
        let siblings = page.document.children(of: paragraph)
        guard links.count == 1, let link = links.first,
              let linkBlock = siblings.first(where: { $0 == link || page.document.descendants(of: $0).contains(link) }) else {
            unfinished.insert(momentID)
            if links.isEmpty {
                page.report(item, "reply has no link to the moment it leads to",
                            hint: "end the reply with an arrow and a link: `\"…\" → [Label](#moment-anchor)`")
            } else {
                page.report(item, "reply has \(links.count) links; it needs exactly one, to the moment it leads to",
                            hint: "keep only the link after the arrow")
            }
            return nil
        }
        let position = siblings.firstIndex(of: linkBlock) ?? 0
        let after = Array(siblings[(position + 1)...])
        let url = page.document.url(of: link) ?? ""
        let change = tensionChange(page.document.plainText(of: after), line: line, page: &page)
        for node in [linkBlock] + after { page.document.remove(node) }
        Self.trimArrow(from: Array(siblings[..<position]), in: &page.document)
        if page.document.plainText(of: paragraph).trimmingSpaces().isEmpty {
            page.report(item, "reply is empty", hint: "write what the trainee says before the arrow")
        }
        guard url.hasPrefix("#"), url.count > 1 else {
            unfinished.insert(momentID)
            page.report(item, "a reply must lead to a moment of this scenario; '\(url)' is not one",
                        hint: "link to the moment's anchor on this page, e.g. `→ [Checking](#checking)`")
            return nil
        }
        let target = String(url.dropFirst())
        // A reply with a bad tension change still leads somewhere: keep it for the path checks.
        return (paragraph, target.removingPercentEncoding ?? target, change ?? 0, line)
    }

    /// `(+2)`, `(-1)` or nothing; anything else is reported.
    private func tensionChange(_ text: String, line: Int, page: inout PageReading) -> Int? {
        let written = text.trimmingSpaces()
        if written.isEmpty { return 0 }
        let hint = "after the link, write the change in tension as a whole number in brackets, e.g. (+2) or (-1)"
        func report(_ message: String, hint: String) {
            page.diagnostics.append(.error(page.file, line: line, column: 1, message, hint: hint))
        }
        guard written.hasPrefix("("), written.hasSuffix(")") else {
            report("unexpected text '\(written)' after the link", hint: hint)
            return nil
        }
        let inner = String(written.dropFirst().dropLast()).trimmingSpaces()
            .replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "–", with: "-")
        guard let change = Int(inner) else {
            report("tension change '\(written)' is not a number", hint: hint)
            return nil
        }
        let limit = Scenario.tensionRange.upperBound
        guard (-limit...limit).contains(change) else {
            report("tension change '\(written)' is outside -\(limit) to +\(limit)",
                   hint: "tension runs from 0 (calm) to \(limit); a change of a few points is usually enough")
            return nil
        }
        return change
    }

    /// Takes the arrow (`→` or `->`) and the spaces around it off the end of the reply.
    /// cmark may split the text over several text nodes, so they are joined first.
    private static func trimArrow(from nodes: [Node], in document: inout Document) {
        let trailing = Array(nodes.reversed().prefix { document.type(of: $0) == .text }.reversed())
        guard let first = trailing.first else { return }
        var text = trailing.map { document.literal(of: $0) ?? "" }.joined()
        text = String(Substring(text).trimmingTrailingWhitespace)
        if text.hasSuffix("→") {
            text.removeLast()
        } else if text.hasSuffix("->") {
            text.removeLast(2)
        }
        text = String(Substring(text).trimmingTrailingWhitespace)
        for node in trailing.dropFirst() { document.remove(node) }
        if text.isEmpty {
            document.remove(first)
        } else {
            document.setLiteral(text, of: first)
        }
    }

    // MARK: Values

    private func scenario(from page: inout PageReading) -> Scenario {
        let tension = page.fields.int("tension", in: Scenario.tensionRange, unit: "points from 0 (calm) to 10") ?? 5
        let startField = page.fields.string("start").map { written -> String in
            let anchor = written.trimmingSpaces()
            return anchor.hasPrefix("#") ? String(anchor.dropFirst()) : anchor
        }
        let startLine = page.fields.line(ofKey: "start")
        var moments: [Moment] = []
        for draft in drafts {
            let replies = draft.replies.map { reply in
                Reply(content: page.innerFragment(of: reply.paragraph), target: reply.target, tensionChange: reply.change, line: reply.line)
            }
            moments.append(Moment(id: draft.id, title: draft.title, heading: page.innerFragment(of: draft.heading),
                                  text: page.fragment(of: page.document.children(of: draft.text)), replies: replies,
                                  isEnding: draft.isEnding, line: draft.line))
        }
        let introHTML = intro.map { page.fragment(of: page.document.children(of: $0)) } ?? .empty
        var scenario = Scenario(intro: introHTML, moments: moments, start: moments.first?.id ?? "", tension: tension)
        guard !moments.isEmpty else {
            if !hasSections {
                page.diagnostics.append(.error(page.file, line: firstLine, column: 1, "scenario has no moments",
                                               hint: "start each moment with a `## ` heading, followed by what the customer says and a list of replies"))
            }
            return scenario
        }
        var unfinished = self.unfinished
        let ids = Set(moments.map(\.id))
        var suggestionsLeft = Validator.suggestionsPerPage
        for moment in moments {
            for reply in moment.replies where !ids.contains(reply.target) {
                unfinished.insert(moment.id)
                page.diagnostics.append(.error(page.file, line: reply.line, column: 1, "reply leads to a missing moment '#\(reply.target)'",
                                               hint: suggestionsLeft > 0 ? Validator.suggestion(for: reply.target, among: ids) : Validator.noSuggestion))
                suggestionsLeft -= 1
            }
        }
        if let start = startField {
            guard scenario.moment(start) != nil else {
                page.diagnostics.append(.error(page.file, line: startLine, column: 1,
                                               "'start' names the moment '#\(start)', but there is no such moment",
                                               hint: Validator.suggestion(for: start, among: ids)))
                return scenario
            }
            scenario.start = start
        }
        page.diagnostics += ScenarioPaths(scenario, unfinished: unfinished).problems(file: page.file)
        return scenario
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
