import CommonMark
import Foundation

/// The links and images of one page, numbered in the order they were read, from the page's
/// tree and from the trees of its knowledge checks. Each one the site must point at a
/// published place gets a marker for a URL, which becomes a hole in the page's fragments.
public struct PageLinks: Sendable {
    public private(set) var references: [LinkReference] = []
    /// Path of the page relative to content/, to resolve relative links.
    let sourcePath: String
    let file: String

    init(sourcePath: String, file: String) {
        self.sourcePath = sourcePath
        self.file = file
    }

    /// Reads every link and image of `document`, whose line 1 is line `lineOffset + 1` of
    /// the file. Returns the problems (a link out of the content folder).
    public mutating func read(_ document: inout Document, lineOffset: Int) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for node in document.descendants(of: document.root, ofTypes: [.link, .image]) {
            let line = document.startLine(of: node) + lineOffset
            let column = document.startColumn(of: node)
            let url = document.url(of: node) ?? ""
            guard let target = resolve(url) else {
                problems.append(.error(file, line: line, column: column, "link '\(url)' points outside the content folder",
                                       hint: "link only to files inside content/"))
                continue
            }
            let reference = LinkReference(target: target, line: line, column: column)
            if reference.isPointedBySite {
                document.setURL(HTMLFragment.Marker.link(references.count), of: node)
            }
            references.append(reference)
        }
        return problems
    }

    /// What a URL written in the page points at; nil when it climbs out of content/.
    func resolve(_ url: String) -> LinkReference.Target? {
        if url.isEmpty || Self.hasScheme(url) || url.hasPrefix("//") { return .external }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let fragment = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        if pathPart.isEmpty { return .anchor(fragment ?? "") }
        let withoutQuery = pathPart.split(separator: "?", maxSplits: 1).first.map(String.init) ?? pathPart
        let decoded = withoutQuery.removingPercentEncoding ?? withoutQuery
        guard let target = ContentPath.resolve(decoded, from: sourcePath) else { return nil }
        if target.hasSuffix(".md") { return .page(target, anchor: fragment) }
        // A link to a folder (`../02-boundaries/`) is a link to its page, the index.md.
        if decoded.hasSuffix("/") || decoded == "." || decoded == ".." {
            return .page(target.isEmpty ? "index.md" : target + "/index.md", anchor: fragment)
        }
        return .file(target)
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
