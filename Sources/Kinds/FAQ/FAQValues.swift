import Site

/// What the FAQ template reads: each question and answer, and the page's structured data.
struct FAQValues: TemplateValues {
    struct Entry: TemplateValues {
        var id: String
        var question: String
        var answer: String

        func child(named name: String) -> Any? {
            switch name {
            case "id": return id
            case "question": return question
            case "answer": return answer
            default: return nil
            }
        }
    }

    var entries: [Entry]
    /// schema.org FAQPage JSON-LD.
    var structuredData: String

    func child(named name: String) -> Any? {
        switch name {
        case "entries": return entries
        case "structuredData": return structuredData
        default: return nil
        }
    }
}
