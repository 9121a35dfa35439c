import CommonMark
import Course

/// A practice quiz made from a phrase bank: for each rewrite, "which reply works better?"
/// between the phrase to avoid and its rewrite. Written as quiz Markdown and read by the
/// quiz reader, so it is graded exactly like any other knowledge check.
enum PhraseDrill {
    static func make(from sections: [PhraseBank.Section], id: String, file: String) -> Quiz? {
        var markdown = ""
        for section in sections {
            for phrase in section.phrases {
                guard let avoid = phrase.avoid else { continue }
                let reason = phrase.reason.isEmpty ? "" : " " + escaped(phrase.reason)
                markdown += """
                ## Which reply works better?

                *\(escaped(section.title))*

                - [ ] “\(escaped(avoid))”
                  > This is the one to avoid.\(reason)
                - [x] “\(escaped(phrase.say))”
                  > Yes.\(reason)


                """
            }
        }
        guard !markdown.isEmpty else { return nil }
        var document = Document(markdown: markdown)
        var reader = QuizReader(file: file, lineOffset: 0, allowsRawHTML: false)
        let quiz = reader.read(&document, id: id, isInline: true, line: 0)
        // The bank's own checks already reported any problem with its phrases.
        return reader.diagnostics.isEmpty ? quiz : nil
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
