import Site

/// What the phrases template reads: a bank's situations, one card per phrase, and on the
/// phrasebook the bank they come from.
struct PhrasesValues: TemplateValues {
    struct Bank: TemplateValues {
        var title: String
        var href: String
        var id: String

        func child(named name: String) -> Any? {
            switch name {
            case "bankTitle": return title
            case "href": return href
            case "bankID": return id
            default: return nil
            }
        }
    }

    struct Section: TemplateValues {
        var title: String
        var id: String
        var phrases: [Card]

        func child(named name: String) -> Any? {
            switch name {
            case "sectionTitle": return title
            case "sectionID": return id
            case "phrases": return phrases
            default: return nil
            }
        }
    }

    struct Card: TemplateValues {
        var phrase: Phrase

        func child(named name: String) -> Any? {
            switch name {
            case "avoid": return phrase.avoid.orFalse
            case "say": return phrase.say
            case "reason": return phrase.reason.isEmpty ? false : phrase.reason
            case "isRewrite": return phrase.avoid != nil
            default: return nil
            }
        }
    }

    /// The bank the phrases come from, on the phrasebook; nil on the bank's own page.
    var bank: Bank?
    var sections: [Section]

    func child(named name: String) -> Any? {
        switch name {
        case "bank": return bank
        case "sections": return sections
        default: return nil
        }
    }

    static func sections(of bank: PhraseBank, idPrefix: String = "") -> [Section] {
        bank.sections.map { Section(title: $0.title, id: idPrefix + $0.id, phrases: $0.phrases.map(Card.init)) }
    }
}

/// What the drill template reads: the drill's quiz, rendered.
struct DrillValues: TemplateValues {
    var quiz: String

    func child(named name: String) -> Any? {
        name == "quiz" ? quiz : nil
    }
}
