import CommonMark
import Course
import Site

/// Items written `left → right` (at least three): the trainee pairs each left item with
/// one of the right ones, shown shuffled in a list to choose from.
enum Matching: QuestionType {
    static let name = "matching"
    static let interactionType = "matching"

    static func recognizes(_ list: OptionList) -> Bool {
        !list.isNumbered && list.all(.pair)
    }

    static func readOptions(_ items: [Node], in document: inout Document, _ context: inout QuestionContext) -> [AnswerOption] {
        var options: [AnswerOption] = []
        for item in items {
            let line = document.startLine(of: item) + context.lineOffset
            let (_, text, feedback) = ItemReading.contentAndFeedback(of: item, in: document, allowsRawHTML: context.allowsRawHTML)
            let arrow = text.range(of: "→") ?? text.range(of: "->")
            let left = arrow.map { String(text[..<$0.lowerBound]).trimmingSpaces() } ?? text
            let right = arrow.map { String(text[$0.upperBound...]).trimmingSpaces() } ?? ""
            if left.isEmpty || right.isEmpty {
                context.report(line, "one side of this pair is empty", hint: "write both sides: `left → right`")
            } else if right.contains("→") || right.contains("->") {
                context.report(line, "a pair has one arrow; this one has more", hint: "write one pair per item: `left → right`")
            }
            options.append(AnswerOption(content: .init(text: left), feedback: feedback, isCorrect: true, text: left,
                                        match: .init(text: right), matchText: right, line: line))
        }
        ItemReading.reportDuplicates(options, what: "left side", &context)
        let rights = options.map { AnswerOption(content: .empty, feedback: nil, isCorrect: true, text: $0.matchText ?? "", line: $0.line) }
        ItemReading.reportDuplicates(rights, what: "right side", &context)
        return options
    }

    static func problem(with options: [AnswerOption]) -> (message: String, hint: String)? {
        guard options.count < 3 else { return nil }
        return ("a matching question needs at least three pairs", "add pairs, one per item: `left → right`")
    }

    /// `leftKey=rightKey` for every pair, by left key, joined by commas.
    static func rightResponses(of question: Question, keys: [String]) -> [String] {
        [review(of: question, keys: keys).sorted().joined(separator: ",")]
    }

    static func review(of question: Question, keys: [String]) -> [String] {
        keys.map { "\($0)=\(rightKey($0))" }
    }

    /// The key of a pair's right side: it must not tell which left side it belongs to.
    static func rightKey(_ leftKey: String) -> String {
        String(AnswerKey.hash("r:" + leftKey).prefix(AnswerKey.keyLength))
    }

    static func present(_ question: Question, options: [OptionValues], keys: [String], seed: String) -> ([OptionValues], QuestionPresentation) {
        let rights = question.options.enumerated().map { index, option in
            OptionValues(key: rightKey(keys[index]), inputID: "", html: HTML.escape(option.matchText ?? ""), feedback: nil, check: "")
        }
        let shuffled = AnswerKey.permutation(rights.count, seed: seed).map { rights[$0] }
        return (options, QuestionPresentation(inputType: "select", flags: ["isMatching"], choices: shuffled))
    }

    static func answer(of question: Question) -> (correct: [Int], answers: [String]) {
        ([], question.options.map { "\($0.text) → \($0.matchText ?? "")" })
    }

    /// `{"left":"right",…}` for every pair.
    static func largestStoredAnswer(options: Int) -> Int {
        2 + options * (2 * (AnswerKey.keyLength + 2) + 1) + max(0, options - 1)
    }
}
