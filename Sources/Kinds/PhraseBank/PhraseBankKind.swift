import Course
import Site

/// `type: phrasebank`: cards of phrases to say and rewrites of phrases to avoid, a filter,
/// a practice drill, and one phrasebook page gathering every bank.
public enum PhraseBankKind: SiteKind {
    public static let name = "phrasebank"
    public static let label = "Phrase bank"
    public static let templates = ["page", "phrases", "drill", "quiz"]
    public static let hasContents = true
    public static let hasFilter = true

    public static func read(_ page: inout PageReading) -> PhraseBank {
        page.readBody()
        var reader = PhraseBankReader(file: page.file, lineOffset: page.lineOffset)
        let (sections, intro) = reader.read(page.document, line: page.lineOffset + 1)
        page.diagnostics += reader.diagnostics
        page.headings = sections.map { Heading(level: 2, text: $0.title, id: $0.id, line: 0) }
        return PhraseBank(sections: sections, intro: page.fragment(of: intro),
                          drill: PhraseDrill.make(from: sections, id: page.pageID + "-drill", file: page.file, quotes: page.quotes))
    }

    public static func body(of bank: PhraseBank, on page: PageRendering) -> String {
        let phrases = page.render("phrases", PhrasesValues(bank: nil, sections: PhrasesValues.sections(of: bank)))
        var drill = ""
        if let quiz = bank.drill {
            let html = QuizValues.html(check: quiz, on: page)
            drill = page.render("drill", DrillValues(quiz: html))
        }
        return page.html(bank.intro) + phrases + drill
    }

    public static func searchSections(of bank: PhraseBank, page: Page) -> [SearchSection] {
        bank.sections.map { section in
            let phrases = section.phrases.map { phrase in phrase.avoid.map { "“\($0)” → “\(phrase.say)”" } ?? "“\(phrase.say)”" }
            let text = phrases.joined(separator: " ") + " " + section.phrases.map(\.reason).joined(separator: " ")
            return SearchSection(heading: section.title, id: section.id, text: text, phrases: phrases)
        }
    }

    public static let gatheringPage: GatheringPage? = GatheringPage(path: "phrasebook/", linkName: "phrasebookHref", description: "the phrasebook")

    /// Every bank's phrases on one page, grouped by bank, to use and to print, with a list
    /// of links to each bank and its situations at the top.
    public static func gather(_ banks: [(page: Page, content: PhraseBank)], on page: PageRendering) -> GatheredPage {
        var contents: [Heading] = []
        let body = banks.map { bank in
            let bankID = Slug.fileName(bank.page.title)
            let sections = PhrasesValues.sections(of: bank.content, idPrefix: bankID + "-")
            contents.append(Heading(level: 2, text: bank.page.title, id: bankID, line: 0))
            contents += sections.map { Heading(level: 3, text: $0.title, id: $0.id, line: 0) }
            return page.render("phrases", PhrasesValues(bank: .init(title: bank.page.title, href: page.link(to: bank.page), id: bankID),
                                                        sections: sections))
        }.joined()
        let strings = page.strings
        return GatheredPage(title: strings.text("phrasebook.title"), description: strings.text("phrasebook.description"),
                            summary: strings.text("phrasebook.summary"), label: strings.text("phrasebook.kind"),
                            kindClass: "phrasebank", body: body, hasFilter: true, contents: contents)
    }
}
