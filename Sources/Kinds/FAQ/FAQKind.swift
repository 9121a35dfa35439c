import Course
import Site

/// `type: faq`: each question an accordion entry with a stable anchor, and schema.org
/// FAQPage data listing them all.
public enum FAQKind: SiteKind {
    public static let name = "faq"
    public static let label = "FAQ"
    public static let templates = ["page", "faq"]
    public static let isProse = true
    public static let mayStandAlone = true

    public static func read(_ page: inout PageReading) -> FAQ {
        page.readBody()
        let parts = HeadingSections(page.document)
        var ids = HeadingIDs()
        var entries: [FAQ.Entry] = []
        for section in parts.sections {
            let question = page.document.plainText(of: section.heading)
            entries.append(FAQ.Entry(question: question, id: ids.id(for: question), heading: page.innerFragment(of: section.heading),
                                     answer: page.fragment(of: section.blocks), answerText: page.document.plainText(of: section.blocks),
                                     line: page.line(of: section.heading)))
        }
        if entries.isEmpty {
            page.diagnostics.append(.error(page.file, line: page.lineOffset + 1, column: 1, "FAQ has no questions",
                                           hint: "write each question as a `## ` heading with its answer below it"))
        }
        page.headings = entries.map { Heading(level: 2, text: $0.question, id: $0.id, line: $0.line) }
        return FAQ(intro: page.fragment(of: parts.intro), entries: entries)
    }

    public static func body(of faq: FAQ, on page: PageRendering) -> String {
        let entries = faq.entries.map { FAQValues.Entry(id: $0.id, question: page.html($0.heading), answer: page.html($0.answer)) }
        return page.html(faq.intro) + page.render("faq", FAQValues(entries: entries, structuredData: structuredData(of: faq)))
    }

    /// JSON-LD listing every question with its answer as text, written with `JSON`, whose
    /// strings can never end or confuse the script element around them.
    static func structuredData(of faq: FAQ) -> String {
        let questions = faq.entries.map { entry in
            JSON.object([
                ("@type", JSON.string("Question")),
                ("acceptedAnswer", JSON.object([("@type", JSON.string("Answer")), ("text", JSON.string(entry.answerText))])),
                ("name", JSON.string(entry.question)),
            ])
        }
        return JSON.object([
            ("@context", JSON.string("https://schema.org")),
            ("@type", JSON.string("FAQPage")),
            ("mainEntity", JSON.array(questions)),
        ])
    }
}
