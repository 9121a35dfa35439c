import CommonMark
import Course

/// Template values for an FAQ page and its schema.org FAQPage data.
enum FAQContext {
    static func entries(of faq: FAQ, allowsRawHTML: Bool) -> [[String: Any]] {
        faq.entries.map { entry in
            [
                "id": entry.id,
                "question": entry.heading.renderInnerHTML(),
                "answer": Node.renderHTML(entry.answer, allowRawHTML: allowsRawHTML),
            ] as [String: Any]
        }
    }

    /// JSON-LD listing every question with its answer as text, written with `JSON`, whose
    /// strings can never end or confuse the script element around them.
    static func structuredData(of faq: FAQ) -> String {
        let questions = faq.entries.map { entry in
            JSON.object([
                ("@type", JSON.string("Question")),
                ("acceptedAnswer", JSON.object([("@type", JSON.string("Answer")), ("text", JSON.string(Node.plainText(of: entry.answer)))])),
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
