import Course
import Site

/// `type: quiz`: an assessment. Answer everything, submit once, get a score against the
/// pass mark, and a review.
public enum QuizKind: SiteKind {
    public struct Content: PageContent {
        public var quiz: Quiz
        /// Percent; nil means "as the course says".
        public var passMark: Int?
        public var isShuffled: Bool
        /// Counts towards completion (the default for quiz pages).
        public var isGraded: Bool

        public var progressIDs: [(id: String, line: Int)] { [(quiz.id, quiz.line)] }
    }

    public static let name = "quiz"
    public static let label = "Quiz"
    public static let templates = ["page", "quiz"]
    public static let fields = ["pass_mark", "shuffle", "graded"]

    public static func read(_ page: inout PageReading) -> Content {
        page.readBody()
        let passMark = page.fields.int("pass_mark", in: 0...100, unit: "percent")
        let isShuffled = page.fields.bool("shuffle") ?? true
        let isGraded = page.fields.bool("graded") ?? true
        var reader = QuizReader(file: page.file, lineOffset: page.lineOffset, allowsRawHTML: page.allowsRawHTML)
        let quiz = reader.read(&page.document, id: page.pageID, isInline: false, line: page.lineOffset + 1)
        page.diagnostics += reader.diagnostics
        return Content(quiz: quiz, passMark: passMark, isShuffled: isShuffled, isGraded: isGraded)
    }

    public static func body(of content: Content, on page: PageRendering) -> String {
        page.html(content.quiz.intro) + QuizValues.html(content.quiz, passMark: content.passMark ?? page.config.passMark,
                                                        isShuffled: content.isShuffled, isGraded: content.isGraded, on: page)
    }

    /// Questions are not prose: a quiz is found by its title.
    public static func searchSections(of content: Content, page: Page) -> [SearchSection] { [] }

    public static func gradedQuizIDs(of content: Content, page: Page) -> [String] {
        content.isGraded ? [content.quiz.id] : []
    }
}
