/// What the preview shows an author on one page and a trainee never sees: the warnings for
/// the page's file and the answer key of its quizzes.
struct PageHints: Codable, Sendable, Equatable {
    struct QuizKey: Codable, Sendable, Equatable {
        /// The quiz's id, as in `form.quiz[data-quiz-id]`.
        var id: String
        var questions: [QuestionKey]
    }

    struct QuestionKey: Codable, Sendable, Equatable {
        /// 1-based, in the order of the questions on the page.
        var number: Int
        var kind: String
        /// Positions of the correct options as written (empty for ordering questions).
        var correct: [Int]
        /// The correct options' text; for ordering questions every item, in the right order.
        var answers: [String]
    }

    var file: String?
    var warnings: [DiagnosticPayload] = []
    var quizzes: [QuizKey] = []

    static let none = PageHints()
}
