/// Template values for the phrases of a bank: one card per phrase.
enum PhraseBankValues {
    static func sections(of bank: PhraseBank, idPrefix: String = "") -> [[String: Any]] {
        bank.sections.map { section in
            [
                "sectionTitle": section.title,
                "sectionID": idPrefix + section.id,
                "phrases": section.phrases.map(card),
            ] as [String: Any]
        }
    }

    private static func card(_ phrase: Phrase) -> [String: Any] {
        [
            "avoid": phrase.avoid ?? false,
            "say": phrase.say,
            "reason": phrase.reason.isEmpty ? false : phrase.reason,
            "isRewrite": phrase.avoid != nil,
        ]
    }
}
