import CommonMark
import Foundation

/// Reads the scenario syntax: each `##` a moment, its text what happens, its list the
/// replies (`"reply" → [Label](#moment) (+2)`), a moment without a list an ending. Every
/// mistake becomes a diagnostic at its line; the paths through the scenario are checked
/// by `ScenarioPaths`.
struct ScenarioParser {
    let file: String
    /// Added to the tree's line numbers to get lines of the file.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// Moments with a reply that could not be read: the author will point it somewhere,
    /// so the path checks count it as a way out rather than report a second problem.
    private var unfinished: Set<String> = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func parse(_ document: Document, settings: ScenarioSettings) -> Scenario {
        let ids = Self.headingIDs(in: document)
        let firstLine = (document.node.firstChild?.startLine ?? 1) + lineOffset
        let parts = HeadingSections(document)
        let intro = parts.intro
        let sections = parts.sections
        let moments = sections.compactMap {
            moment(heading: $0.heading, id: ids[$0.heading.startLine] ?? "", blocks: $0.blocks, in: document)
        }
        var scenario = Scenario(document: document, intro: Self.container(for: intro, in: document), moments: moments,
                                start: moments.first?.id ?? "", tension: settings.tension)
        guard !moments.isEmpty else {
            if sections.isEmpty {
                report(firstLine, "scenario has no moments",
                       hint: "start each moment with a `## ` heading, followed by what the customer says and a list of replies")
            }
            return scenario
        }
        checkTargets(of: moments)
        if let start = settings.start {
            guard scenario.moment(start) != nil else {
                report(settings.startLine, "'start' names the moment '#\(start)', but there is no such moment",
                       hint: Validator.suggestion(for: start, among: Set(moments.map(\.id))))
                return scenario
            }
            scenario.start = start
        }
        diagnostics += ScenarioPaths(scenario, unfinished: unfinished).problems(file: file)
        return scenario
    }

    /// Ids for every heading, counted the way GitHub counts them, so a moment's anchor is
    /// the one the author sees in a preview of the file. Keyed by the heading's line,
    /// which no two headings share.
    private static func headingIDs(in document: Document) -> [Int: String] {
        var ids = HeadingIDs()
        var result: [Int: String] = [:]
        for node in document.node.descendants(ofType: .heading) {
            result[node.startLine] = ids.id(for: node.plainText)
        }
        return result
    }

    /// Moves `blocks` into one container block in their place. The body reader later
    /// replaces some blocks (callouts, knowledge checks) and frees the originals; the
    /// container stays, so the scenario never holds a freed node.
    private static func container(for blocks: [Node], in document: Document) -> Node {
        let container = Node.customBlock(onEnter: "", onExit: "")
        if let first = blocks.first {
            first.insertBefore(container)
        } else {
            document.node.append(container)
        }
        for block in blocks { container.append(block) }
        return container
    }

    private mutating func moment(heading: Node, id: String, blocks: [Node], in document: Document) -> Moment? {
        let line = heading.startLine + lineOffset
        let title = heading.plainText.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            report(line, "moment has no title", hint: "write the moment's name after the `## `: it gives the moment its anchor")
            return nil
        }
        let lists = blocks.filter { $0.type == .list }
        guard let list = lists.first else {
            if blocks.isEmpty {
                report(line, "the ending '\(title)' has no debrief",
                       hint: "a moment without replies is an ending: write what went well and what to try next time")
            }
            return Moment(id: id, heading: heading, title: title, text: Self.container(for: blocks, in: document), replies: [],
                          isEnding: true, line: line)
        }
        let listIndex = blocks.firstIndex(of: list) ?? blocks.endIndex
        for extra in blocks[listIndex...].dropFirst() {
            if extra.type == .list {
                report(extra.startLine + lineOffset, "a moment has one list of replies; this is a second list",
                       hint: "merge the lists, or start a new moment with `## `")
            } else {
                report(extra.startLine + lineOffset, "text after the replies",
                       hint: "move it above the list: the replies come last in a moment")
            }
        }
        let replies = list.children.compactMap { reply(in: $0, momentID: id) }
        return Moment(id: id, heading: heading, title: title, text: Self.container(for: Array(blocks[..<listIndex]), in: document),
                      replies: replies, isEnding: false, line: line)
    }

    // MARK: Replies

    private mutating func reply(in item: Node, momentID: String) -> Reply? {
        let line = item.startLine + lineOffset
        guard let paragraph = item.firstChild, paragraph.type == .paragraph else {
            unfinished.insert(momentID)
            report(line, "reply is empty", hint: "write the reply, an arrow and a link: `\"…\" → [Label](#moment)`")
            return nil
        }
        for extra in item.children.dropFirst() {
            report(extra.startLine + lineOffset, "a reply is one paragraph: the reply, an arrow and a link",
                   hint: "put this in the moment's text, or in the moment the reply leads to")
        }
        let links = paragraph.descendants.filter { $0.type == .link }
        guard links.count == 1, let link = links.first,
              let linkBlock = paragraph.children.first(where: { $0 == link || $0.descendants.contains(link) }) else {
            unfinished.insert(momentID)
            if links.isEmpty {
                report(line, "reply has no link to the moment it leads to",
                       hint: "end the reply with an arrow and a link: `\"…\" → [Label](#moment-anchor)`")
            } else {
                report(line, "reply has \(links.count) links; it needs exactly one, to the moment it leads to",
                       hint: "keep only the link after the arrow")
            }
            return nil
        }
        let siblings = paragraph.children
        let position = siblings.firstIndex(of: linkBlock) ?? 0
        let after = Array(siblings[(position + 1)...])
        let url = link.url ?? ""
        let change = tensionChange(Node.plainText(of: after), line: line)
        for node in [linkBlock] + after { node.remove() }
        Self.trimArrow(from: Array(siblings[..<position]))
        if paragraph.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
            report(line, "reply is empty", hint: "write what the trainee says before the arrow")
        }
        guard url.hasPrefix("#"), url.count > 1 else {
            unfinished.insert(momentID)
            report(line, "a reply must lead to a moment of this scenario; '\(url)' is not one",
                   hint: "link to the moment's anchor on this page, e.g. `→ [Checking](#checking)`")
            return nil
        }
        let target = String(url.dropFirst())
        // A reply with a bad tension change still leads somewhere: keep it for the path checks.
        return Reply(content: paragraph, target: target.removingPercentEncoding ?? target, tensionChange: change ?? 0, line: line)
    }

    /// `(+2)`, `(-1)` or nothing; anything else is reported.
    private mutating func tensionChange(_ text: String, line: Int) -> Int? {
        let written = text.trimmingCharacters(in: .whitespaces)
        if written.isEmpty { return 0 }
        let hint = "after the link, write the change in tension as a whole number in brackets, e.g. (+2) or (-1)"
        guard written.hasPrefix("("), written.hasSuffix(")") else {
            report(line, "unexpected text '\(written)' after the link", hint: hint)
            return nil
        }
        let inner = written.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "–", with: "-")
        guard let change = Int(inner) else {
            report(line, "tension change '\(written)' is not a number", hint: hint)
            return nil
        }
        let limit = Scenario.tensionRange.upperBound
        guard (-limit...limit).contains(change) else {
            report(line, "tension change '\(written)' is outside -\(limit) to +\(limit)",
                   hint: "tension runs from 0 (calm) to \(limit); a change of a few points is usually enough")
            return nil
        }
        return change
    }

    /// Takes the arrow (`→` or `->`) and the spaces around it off the end of the reply.
    /// cmark may split the text over several text nodes, so they are joined first.
    private static func trimArrow(from nodes: [Node]) {
        let trailing = Array(nodes.reversed().prefix { $0.type == .text }.reversed())
        guard let first = trailing.first else { return }
        var text = trailing.map { $0.literal ?? "" }.joined()
        text = String(Substring(text).trimmingTrailingWhitespace)
        if text.hasSuffix("→") {
            text.removeLast()
        } else if text.hasSuffix("->") {
            text.removeLast(2)
        }
        text = String(Substring(text).trimmingTrailingWhitespace)
        for node in trailing.dropFirst() { node.remove() }
        if text.isEmpty {
            first.remove()
        } else {
            first.literal = text
        }
    }

    // MARK: Targets

    private mutating func checkTargets(of moments: [Moment]) {
        let ids = Set(moments.map(\.id))
        for moment in moments {
            for reply in moment.replies where !ids.contains(reply.target) {
                unfinished.insert(moment.id)
                report(reply.line, "reply leads to a missing moment '#\(reply.target)'",
                       hint: Validator.suggestion(for: reply.target, among: ids))
            }
        }
    }

    private mutating func report(_ line: Int, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(file, line: line, column: 1, message, hint: hint))
    }
}

extension Substring {
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
