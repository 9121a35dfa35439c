import Course
import Site

/// `type: quiz`: an assessment. Answer everything, submit once, get a score against the
/// pass mark, and a review as the quiz's `answers:` allows; maybe a draw from a bank of
/// questions, a number of attempts and a time limit.
public enum QuizKind: SiteKind {
    public struct Content: PageContent {
        public var quiz: Quiz
        public var settings: QuizSettings

        public var progressIDs: [(id: String, line: Int)] { [(quiz.id, quiz.line)] }
    }

    public static let name = "quiz"
    public static let label = "Quiz"
    public static let templates = ["page", "quiz"]
    public static let fields = QuizSettings.fields

    public static func read(_ page: inout PageReading) -> Content {
        page.readBody()
        let (settings, drawLine) = QuizSettings.read(&page)
        var reader = QuizReader(file: page.file, lineOffset: page.lineOffset, allowsRawHTML: page.allowsRawHTML)
        let quiz = reader.read(&page.document, id: page.pageID, isInline: false, line: page.lineOffset + 1)
        page.diagnostics += reader.diagnostics
        page.diagnostics += drawProblems(settings.draw, quiz: quiz, file: page.file, line: drawLine)
        return Content(quiz: quiz, settings: settings)
    }

    /// A draw of more questions than there are, or from a section there is not.
    static func drawProblems(_ draw: QuizSettings.Draw, quiz: Quiz, file: String, line: Int) -> [Diagnostic] {
        let graded = quiz.questions.filter { $0.type.isGraded }
        switch draw {
        case .all:
            return []
        case .count(let count):
            guard count > graded.count else { return [] }
            return [.error(file, line: line, column: 1, "'draw' asks for \(count) questions, but the quiz has \(graded.count)",
                           hint: "draw at most \(graded.count), or add questions to the bank")]
        case .perSection(let counts):
            var problems: [Diagnostic] = []
            let ids = quiz.sections.map(\.id)
            for (section, count) in counts.sorted(by: { $0.key < $1.key }) {
                guard ids.contains(section) else {
                    problems.append(.error(file, line: line, column: 1, "'draw' names the section '\(section)', but the quiz has no such `#` heading",
                                           hint: Validator.suggestion(for: section, among: Set(ids))))
                    continue
                }
                let size = graded.filter { $0.section == section }.count
                if count > size {
                    problems.append(.error(file, line: line, column: 1, "'draw' asks for \(count) questions from '\(section)', which has \(size)",
                                           hint: "draw at most \(size) from it, or add questions to it"))
                }
            }
            return problems
        }
    }

    public static func body(of content: Content, on page: PageRendering) -> String {
        page.html(content.quiz.intro) + QuizValues.html(content.quiz, settings: content.settings, on: page)
    }

    /// Questions are not prose: a quiz is found by its title.
    public static func searchSections(of content: Content, page: Page) -> [SearchSection] { [] }

    public static func gradedQuizIDs(of content: Content, page: Page) -> [String] {
        content.settings.isGraded ? [content.quiz.id] : []
    }

    public static func attemptStates(of content: Content, page: Page) -> [AttemptState] {
        guard content.settings.isGraded else { return [] }
        return [AttemptState(quizID: content.quiz.id, file: page.displayPath, line: 1,
                             characters: largestAttemptState(content.quiz, draw: content.settings.draw))]
    }

    /// What report.js adds to a quiz's compact entry for its state, at its largest:
    /// `,"seen",["drawn",{answers},deadline]`, with every graded question seen, the
    /// longest draw the settings allow drawn and answered at its longest, and a 13-digit
    /// deadline.
    static func largestAttemptState(_ quiz: Quiz, draw: QuizSettings.Draw) -> Int {
        // Each graded question: its key, and what it adds to the drawn list and the answers.
        let graded = zip(quiz.questions, QuizValues.questionKeys(quiz)).filter { $0.0.type.isGraded }.map { question, key in
            (section: question.section, key: key.count, cost: 2 * key.count + 3 + question.type.largestStoredAnswer(options: question.options.count))
        }
        let seen = graded.reduce(0) { $0 + $1.key } + max(0, graded.count - 1)
        func largest(_ pool: [(section: String?, key: Int, cost: Int)], _ count: Int) -> [(section: String?, key: Int, cost: Int)] {
            Array(pool.sorted { $0.cost > $1.cost }.prefix(count))
        }
        let drawn: [(section: String?, key: Int, cost: Int)]
        switch draw {
        case .all:
            drawn = graded
        case .count(let count):
            drawn = largest(graded, count)
        case .perSection(let counts):
            // A section the draw does not name is asked whole.
            drawn = graded.filter { counts[$0.section ?? ""] == nil }
                + counts.flatMap { section, count in largest(graded.filter { $0.section == section }, count) }
        }
        // The drawn list and `{answers}`: each drawn key once in the list and once in the
        // answers with its quotes and colon (`"key":answer`), commas between.
        let lists = drawn.reduce(0) { $0 + $1.cost } + 2 * max(0, drawn.count - 1)
        return 2 + seen + 2 + 2 + lists + 2 + 2 + 1 + 13 + 1
    }
}
