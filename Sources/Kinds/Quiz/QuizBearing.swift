/// Content that holds quizzes (a lesson's knowledge checks, a quiz page's quiz, a phrase
/// bank's drill): what the preview shows an author as answer keys.
public protocol QuizBearing {
    var quizzes: [Quiz] { get }
}

extension LessonContent: QuizBearing {
    public var quizzes: [Quiz] { checks }
}

extension QuizKind.Content: QuizBearing {
    public var quizzes: [Quiz] { [quiz] }
}

extension PhraseBank: QuizBearing {
    public var quizzes: [Quiz] { drill.map { [$0] } ?? [] }
}
