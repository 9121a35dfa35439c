import CommonMark
import Course

/// A practice quiz made from a phrase bank: for each rewrite, "which reply works better?"
/// between the phrase to avoid and its rewrite. Written as quiz Markdown and read by the
/// quiz reader, so it is graded exactly like any other knowledge check.
enum PhraseDrill {
    static func make(from sections: [PhraseBank.Section], id: String, file: String, quotes: QuoteMarks = .english) -> Quiz? {
        var markdown = ""
        for section in sections {
            for phrase in section.phrases {
                guard let avoid = phrase.avoid else { continue }
                let reason = phrase.reason.isEmpty ? "" : " " + escaped(phrase.reason)
                markdown += """
                ## Which reply works better?

                *\(escaped(section.title))*

                - [ ] \(quotes.open)\(escaped(avoid))\(quotes.close)
                  > This is the one to avoid.\(reason)
                - [x] \(quotes.open)\(escaped(phrase.say))\(quotes.close)
                  > Yes.\(reason)


                """
            }
        }
        guard !markdown.isEmpty else { return nil }
        var document = Document(markdown: markdown)
        var reader = QuizReader(file: file, lineOffset: 0, allowsRawHTML: false)
        var quiz = reader.read(&document, id: id, isInline: true, line: 0)
        // The bank's own checks already reported any problem with its phrases.
        guard reader.diagnostics.isEmpty else { return nil }
        // The words of the drill itself are the interface's, in the course's language; the
        // English above only keys the questions, so progress survives a change of language.
        var phrases = sections.flatMap(\.phrases).filter { $0.avoid != nil }.makeIterator()
        for index in quiz.questions.indices {
            let reason = phrases.next().map { $0.reason.isEmpty ? HTMLFragment.empty : HTMLFragment(text: " " + $0.reason) } ?? .empty
            quiz.questions[index].prompt = .interface(.drillQuestion)
            for option in quiz.questions[index].options.indices {
                let isRight = quiz.questions[index].options[option].isCorrect
                quiz.questions[index].options[option].feedback = .interface(isRight ? .drillRight : .drillAvoid) + reason
            }
        }
        return quiz
    }

    /// Backslash before every ASCII punctuation mark, so phrase text stays text.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isASCII, character.isPunctuation || character.isSymbol { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
