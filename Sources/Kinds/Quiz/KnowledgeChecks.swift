import CommonMark
import Course

/// The ```` ```quiz ```` blocks of a page: each is read as a quiz of its own (its links join
/// the page's) and leaves a placeholder the site fills with the rendered check.
enum KnowledgeChecks {
    /// Reads every knowledge check of the page, in order. Call before the page's body is
    /// read: the checks' links come first among the page's links.
    static func read(_ page: inout PageReading) -> [Quiz] {
        var checks: [Quiz] = []
        let fences = page.document.descendants(of: page.document.root, ofTypes: [.codeBlock])
            .filter { PageReading.isQuizFence(page.document.fenceInfo(of: $0)) }
        for fence in fences {
            let fenceLine = page.line(of: fence)
            var inner = Document(markdown: page.document.literal(of: fence) ?? "", quotes: page.quotes)
            // The fence's text starts on the line after the opening ```.
            let lineOffset = fenceLine
            page.diagnostics += page.links.read(&inner, lineOffset: lineOffset)
            var reader = QuizReader(file: page.file, lineOffset: lineOffset, allowsRawHTML: page.allowsRawHTML)
            checks.append(reader.read(&inner, id: "\(page.pageID)-check-\(checks.count + 1)", isInline: true, line: fenceLine))
            page.diagnostics += reader.diagnostics
            let placeholder = page.document.makeCheckPlaceholder(checks.count - 1)
            page.document.replace(fence, with: placeholder)
        }
        return checks
    }
}
