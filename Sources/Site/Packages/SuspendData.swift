import Course
import Foundation

/// What a graded quiz keeps between visits (the questions drawn, the answers so far, the
/// questions seen, attempts and failures) and how much of SCORM 1.2's `cmi.suspend_data` it
/// can take. report.js keeps the whole progress there when it fits; when it does not, a
/// compact form (`{"v":3,…}`): the lessons done by their place, each graded quiz's result
/// and counts, and the attempt state of as many quizzes as fit, an attempt under way first.
/// The export checks that the largest quiz's state always fits beside the rest.
public struct AttemptState: Sendable {
    public var quizID: String
    public var file: String
    public var line: Int
    /// The most characters the quiz's state can add to a compact entry.
    public var characters: Int

    public init(quizID: String, file: String, line: Int, characters: Int) {
        self.quizID = quizID
        self.file = file
        self.line = line
        self.characters = characters
    }
}

public enum SuspendData {
    /// `cmi.suspend_data` is a CMIString4096.
    public static let limit = 4096
    /// A graded quiz's entry without its state: `["version",best,passed,attempts,failures]`
    /// with a version of at most 11 characters and counts of at most 4 digits.
    static let quizEntry = 31

    /// The compact form with every lesson done and every graded quiz's entry, but no
    /// quiz's state: `{"v":3,"d":[0,1,…],"q":[[…],[…]]}`.
    public static func frame(lessons: Int, gradedQuizzes: Int) -> Int {
        let indices = (0..<lessons).reduce(0) { $0 + String($1).count } + max(0, lessons - 1)
        return 12 + indices + 7 + gradedQuizzes * quizEntry + max(0, gradedQuizzes - 1) + 2
    }

    /// The largest graded quiz's state with the frame, and an error for each quiz whose
    /// state cannot fit.
    /// `limit`: the characters the standard keeps (`cmi.suspend_data`), nil for none. Also
    /// says how many quizzes are graded.
    public static func check(_ course: Course, kinds: SiteKinds, limit: Int? = SuspendData.limit)
        -> (largest: (state: AttemptState, total: Int)?, problems: [Diagnostic], gradedQuizzes: Int) {
        var lessons = 0
        var states: [AttemptState] = []
        for page in course.allPages {
            guard let kind = kinds.named(page.kind) else { continue }
            if kind.isLesson { lessons += 1 }
            states += attemptStates(kind, page: page)
        }
        let frame = frame(lessons: lessons, gradedQuizzes: states.count)
        guard let limit else { return (nil, [], states.count) }
        let problems: [Diagnostic] = states.filter { frame + $0.characters > limit }.map { state in
            .error(state.file, line: state.line, column: 1,
                   "in an LMS this quiz's attempt could need \(frame + state.characters) characters with the course's progress; \(limit == Self.limit ? "SCORM 1.2" : "the LMS") keeps \(limit)",
                   hint: "draw fewer questions per attempt, or split the bank into two quizzes: each question drawn keeps its answer (a typed one up to 200 characters)")
        }
        let largest = states.max { $0.characters < $1.characters }.map { ($0, frame + $0.characters) }
        return (largest, problems, states.count)
    }

    private static func attemptStates<Kind: SiteKind>(_ kind: Kind.Type, page: Page) -> [AttemptState] {
        page.content(as: kind).map { Kind.attemptStates(of: $0, page: page) } ?? []
    }
}
