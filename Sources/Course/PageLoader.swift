import Foundation
import CommonMark

/// Turns one Markdown file into a `Page`, collecting every problem in it.
struct PageLoader {
    /// Path relative to content/, e.g. `01-why/02-calm.md`.
    let sourcePath: String
    /// Path as printed in diagnostics.
    let displayPath: String
    /// Output folder of the page, e.g. `why/calm/`.
    let path: String
    let isModuleIndex: Bool

    static let knownKeys: Set<String> = [
        "type", "id", "title", "summary", "objectives", "duration", "order", "draft",
        "pass_mark", "shuffle", "graded", "tension", "start",
    ]

    func load(_ bytes: [UInt8]) -> (Page?, [Diagnostic]) {
        let text: String
        switch SourceText.decode(bytes) {
        case .success(let decoded):
            text = decoded
        case .failure(let problem):
            return (nil, [problem.diagnostic(file: displayPath)])
        }
        var diagnostics: [Diagnostic] = []
        let (parts, splitProblem) = FrontMatter.split(text, file: displayPath)
        if let splitProblem { return (nil, [splitProblem]) }

        var fields: Fields?
        if let yaml = parts.yaml {
            let (parsed, problems) = Fields.parse(yaml, file: displayPath, firstLine: parts.yamlLine)
            diagnostics += problems
            guard let parsed else { return (nil, diagnostics) }
            fields = parsed
        }
        let document = Document(markdown: parts.body)
        var page = Page(kind: isModuleIndex ? .module : .lesson, sourcePath: sourcePath, displayPath: displayPath,
                        path: path, title: "", document: document)
        var quizID: String?
        var scenarioSettings = ScenarioSettings()
        if var fields {
            quizID = fields.string("id")
            read(&fields, into: &page)
            if page.kind == .scenario { scenarioSettings = ScenarioSettings(reading: &fields) }
            diagnostics += fields.diagnostics
        } else if !isModuleIndex {
            diagnostics.append(missingTitle(line: 1))
        }
        if page.title.isEmpty, isModuleIndex {
            page.title = Slug.title(fromFileName: String(sourcePath.split(separator: "/").first ?? ""))
        }

        let pageID = quizID ?? String(path.dropLast())
        var reader = BodyReader(file: displayPath, sourcePath: sourcePath, bodyLine: parts.bodyLine)
        if page.kind == .scenario {
            // Before the reader: the parser takes the reply links out, and the moments keep their headings.
            var parser = ScenarioParser(file: displayPath, lineOffset: parts.bodyLine - 1)
            page.scenario = parser.parse(document, settings: scenarioSettings)
            diagnostics += parser.diagnostics
        }
        // Callouts and links first: the kinds read below keep nodes of the finished tree.
        // Pages read from their headings (quiz, phrase bank, FAQ, scenario) keep them as they are.
        let rewritesHeadings = ![.quiz, .phrasebank, .faq, .scenario].contains(page.kind)
        let (headings, links) = reader.read(document, pageID: pageID, rewritesHeadings: rewritesHeadings)
        if rewritesHeadings { page.headings = headings }
        page.links = links
        page.quizzes += reader.quizzes
        page.lineOffset = parts.bodyLine - 1
        page.sections = reader.sections
        diagnostics += reader.diagnostics
        diagnostics += readStructure(of: &page, bodyLine: parts.bodyLine, pageID: pageID)
        return (page, diagnostics)
    }

    /// Reads the structure of the kinds written as headings and lists.
    private func readStructure(of page: inout Page, bodyLine: Int, pageID: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let lineOffset = bodyLine - 1
        switch page.kind {
        case .quiz:
            var parser = QuizParser(file: displayPath, lineOffset: lineOffset)
            page.quizzes.insert(parser.parse(page.document, id: pageID, isInline: false, line: bodyLine), at: 0)
            problems += parser.diagnostics
        case .phrasebank:
            var parser = PhraseBankParser(file: displayPath, lineOffset: lineOffset)
            let bank = parser.parse(page.document, line: bodyLine)
            page.phraseBank = bank
            if let drill = PhraseDrill.make(from: bank, id: pageID + "-drill", file: displayPath) { page.quizzes.append(drill) }
            page.headings = bank.sections.map { Heading(level: 2, text: $0.title, id: $0.id, line: 0) }
            problems += parser.diagnostics
        case .faq:
            let (faq, problem) = FAQ.read(page.document, file: displayPath, lineOffset: lineOffset, line: bodyLine)
            page.faq = faq
            page.headings = faq.entries.map { Heading(level: 2, text: $0.question, id: $0.id, line: $0.line) }
            problems += problem.map { [$0] } ?? []
        default:
            break
        }
        return problems
    }

    private func read(_ fields: inout Fields, into page: inout Page) {
        if let type = fields.string("type") {
            if isModuleIndex {
                fields.error(at: "type", "a module's index.md cannot have a type",
                             hint: "remove the `type:` line; put quizzes and other pages in their own files")
            } else if let kind = PageKind(rawValue: type), kind != .module {
                page.kind = kind
            } else {
                let kinds = PageKind.allCases.filter { $0 != .module }.map(\.rawValue).joined(separator: ", ")
                fields.error(at: "type", "unknown type '\(type)'", hint: "use one of: \(kinds)")
            }
        }
        let title = fields.string("title")
        if let title, !title.trimmingCharacters(in: .whitespaces).isEmpty {
            page.title = Typography.smart(title)
        } else if !isModuleIndex, title != nil || !fields.has("title") {
            // (A title that is there but not text was reported as such already.)
            fields.error(at: "title", "missing 'title' in front matter", hint: "add `title: \"…\"` between the --- lines")
        }
        page.summary = fields.string("summary").map(Typography.smart)
        page.objectives = (fields.strings("objectives") ?? []).map(Typography.smart)
        page.duration = fields.int("duration", in: 1...600, unit: "minutes")
        page.order = fields.int("order", in: -100_000...100_000, unit: "places")
        page.isDraft = fields.bool("draft") ?? false
        page.passMark = fields.int("pass_mark", in: 0...100, unit: "percent")
        page.isShuffled = fields.bool("shuffle") ?? true
        page.isGraded = fields.bool("graded") ?? (page.kind == .quiz)
        fields.warnAboutUnknownKeys(known: Self.knownKeys)
    }

    private func missingTitle(line: Int) -> Diagnostic {
        .error(displayPath, line: line, column: 1, "missing 'title' in front matter",
               hint: "start the file with front matter:\n  ---\n  title: \"…\"\n  ---")
    }
}
