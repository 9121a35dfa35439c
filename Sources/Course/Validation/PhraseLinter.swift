/// Warns when lessons or FAQ answers use, in their own voice, a phrase a bank says to
/// avoid. Text in quotation marks and AVOID callouts are examples, not uses (the load stage
/// leaves the callouts out of a page's prose).
public struct PhraseLinter: Sendable {
    private struct Rule {
        /// The phrase's words, lower case, without punctuation.
        var words: [Substring]
        var phrase: PhraseToAvoid
        var bank: String
    }

    private let rules: [Rule]
    /// The rules by their first word, so a paragraph is read once whatever the number of
    /// rules (a `contains` per rule and paragraph took seconds on a long lesson).
    private let rulesByFirstWord: [Substring: [Int]]

    init(pages: [Page]) {
        var rules: [Rule] = []
        for page in pages {
            for phrase in page.content.phrasesToAvoid {
                let words = Self.words(phrase.avoid)
                // One-word phrases ("Sorry") are too common to flag.
                if words.count >= 2 { rules.append(Rule(words: words, phrase: phrase, bank: page.title)) }
            }
        }
        self.rules = rules
        rulesByFirstWord = Dictionary(grouping: rules.indices) { rules[$0].words[0] }
    }

    /// Reads the paragraphs of the page's own voice. A course without banks pays nothing.
    func lint(_ page: Page) -> [Diagnostic] {
        guard !rules.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for (line, text) in page.sections.flatMap(\.proseParagraphs) {
            for rule in rulesUsed(in: String(text)) {
                diagnostics.append(.warning(
                    page.displayPath, line: line, column: 1,
                    "uses “\(rule.phrase.avoid)”, which the phrase bank “\(rule.bank)” says to avoid",
                    hint: "say instead: “\(rule.phrase.say)”; to show it as an example of what not to say, put it in quotation marks or an [!AVOID] callout"))
            }
        }
        return diagnostics
    }

    /// The rules whose phrase the text uses, in the order of the rules.
    private func rulesUsed(in text: String) -> [Rule] {
        let words = Self.words(text, outsideQuotations: true)
        var used: Set<Int> = []
        for start in words.indices {
            for index in rulesByFirstWord[words[start]] ?? [] where !used.contains(index) {
                let phrase = rules[index].words
                if start + phrase.count <= words.count, words[start..<start + phrase.count].elementsEqual(phrase) {
                    used.insert(index)
                }
            }
        }
        return used.sorted().map { rules[$0] }
    }

    /// The words of `text`, lower case, apostrophes dropped (`don't` is `dont`), and with
    /// `outsideQuotations` none of the words between double quotation marks, straight or
    /// curly. One pass over the UTF-8 bytes, decoding only what is not ASCII: walking
    /// grapheme clusters and asking each for its letter properties made a long lesson take
    /// seconds.
    /// The mark that closes a quotation each mark opens.
    static let closingMark: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "„": "“", "«": "»", "「": "」", "\"": "\""]
    static let closingMarks: Set<Unicode.Scalar> = ["”", "»", "」"]

    public static func words(_ text: String, outsideQuotations: Bool = false) -> [Substring] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // The closing marks expected, innermost last: English “…”, German „…“, French and
        // Spanish «…», Japanese 「…」, straight "…".
        var expected: [Unicode.Scalar] = []
        func startWord() {
            if pendingSpace, !result.isEmpty { result.append(UInt8(ascii: " ")) }
            pendingSpace = false
        }
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if outsideQuotations {
                if scalar == expected.last {
                    expected.removeLast()
                    pendingSpace = true
                    continue
                }
                if let closer = Self.closingMark[scalar] {
                    expected.append(closer)
                    pendingSpace = true
                    continue
                }
                if Self.closingMarks.contains(scalar) {
                    _ = expected.popLast()
                    pendingSpace = true
                    continue
                }
                if !expected.isEmpty { continue }
            }
            switch scalar.value {
            case 0x27, 0x2019: // ' and ’ join the parts of a word
                continue
            case 0x41...0x5A: // A-Z
                startWord()
                result.append(UInt8(scalar.value + 32))
            case 0x61...0x7A, 0x30...0x39:
                startWord()
                result.append(UInt8(scalar.value))
            case 0..<0x80:
                pendingSpace = true
            default:
                if isWordPart(scalar) {
                    startWord()
                    result += scalar.properties.lowercaseMapping.utf8
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(decoding: result, as: UTF8.self).split(separator: " ")
    }

    /// Letters, digits and the marks that combine with them (a decomposed `é`).
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
