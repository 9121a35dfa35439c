import Course
import Kinds

extension Page {
    /// The quizzes a page holds, whatever its kind.
    var quizzes: [Quiz] { (content as? any QuizBearing)?.quizzes ?? [] }

    var phraseBank: PhraseBank? { content(as: PhraseBankKind.self) }
    var faq: FAQ? { content(as: FAQKind.self) }
    var scenario: Scenario? { content(as: ScenarioKind.self) }
}
