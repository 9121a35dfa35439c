import CommonMark
import Course
import Foundation

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

    /// JSON-LD listing every question with its answer as text. `</` is escaped so the
    /// data can never close its script element.
    static func structuredData(of faq: FAQ) -> String {
        let questions: [[String: Any]] = faq.entries.map { entry in
            [
                "@type": "Question",
                "name": entry.question,
                "acceptedAnswer": ["@type": "Answer", "text": Node.plainText(of: entry.answer)],
            ]
        }
        let object: [String: Any] = ["@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
              let json = String(data: data, encoding: .utf8) else { return "{}" }
        return json.replacingOccurrences(of: "</", with: "<\\/")
    }
}
