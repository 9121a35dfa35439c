import Course

/// How a quiz page is taken: from its front matter, else from `quiz:` in course.yaml.
public struct QuizSettings: Sendable, Equatable {
    /// How many questions each attempt asks.
    public enum Draw: Sendable, Equatable {
        /// Every question, every time.
        case all
        /// This many, drawn from all of them.
        case count(Int)
        /// This many from each section (by the `#` heading's slug).
        case perSection([String: Int])
    }

    /// What a trainee sees after submitting.
    public enum Answers: String, Sendable, CaseIterable {
        /// The review: right and wrong per question, the right options, feedback, explanations.
        case shown
        /// The score, which questions were wrong and the feedback of the chosen options; the
        /// right options and explanations only once passed or out of attempts.
        case afterPass = "after-pass"
        /// The score and right or wrong per question, nothing else.
        case hidden
    }

    /// Percent; nil means "as the course says".
    public var passMark: Int?
    public var isShuffled = true
    /// Counts towards completion.
    public var isGraded = true
    public var draw = Draw.all
    /// Failed attempts allowed; nil for as many as the trainee likes.
    public var attempts: Int?
    public var answers = Answers.shown
    /// Minutes to answer in; nil for no limit.
    public var timeLimit: Int?
    /// Whether `parley check` looks for item-writing flaws in the quiz.
    public var lints = true

    public static let fields = ["pass_mark", "shuffle", "graded", "draw", "attempts", "answers", "time_limit", "lint"]

    /// Reads the settings a page gives, falling back to the course's defaults.
    static func read(_ page: inout PageReading) -> (QuizSettings, drawLine: Int) {
        var settings = QuizSettings()
        var defaults = page.defaults
        func setting<T>(_ read: (inout Fields) -> T?) -> T? {
            if let value = read(&page.fields) { return value }
            guard var fields = defaults else { return nil }
            defer { defaults = fields }
            return read(&fields)
        }
        settings.passMark = setting { $0.int("pass_mark", in: 0...100, unit: "percent") }
        settings.isShuffled = setting { $0.bool("shuffle") } ?? true
        settings.isGraded = setting { $0.bool("graded") } ?? true
        settings.attempts = setting { $0.int("attempts", in: 1...100, unit: "attempts") }
        settings.timeLimit = setting { $0.int("time_limit", in: 1...600, unit: "minutes") }
        settings.lints = setting { $0.bool("lint") } ?? true
        if let answers = setting({ $0.string("answers") }) {
            if let policy = Answers(rawValue: answers) {
                settings.answers = policy
            } else {
                let where_ = page.fields.has("answers") ? page.fields : (defaults ?? page.fields)
                page.diagnostics.append(.error(where_.file, line: where_.line(ofKey: "answers"), column: 1,
                                               "'answers' must be shown, after-pass or hidden (found '\(answers)')",
                                               hint: "write `answers: after-pass` to keep the right answers until the quiz is passed"))
            }
        }
        var drawLine = 0
        if page.fields.has("draw") || defaults?.has("draw") == true {
            let fromPage = page.fields.has("draw")
            if fromPage {
                drawLine = page.fields.line(ofKey: "draw")
                settings.draw = readDraw(&page.fields)
            } else if var fields = defaults {
                drawLine = fields.line(ofKey: "draw")
                settings.draw = readDraw(&fields)
                defaults = fields
            }
        }
        if var fields = defaults {
            fields.warnAboutUnknownKeys(known: Set(QuizSettings.fields))
            page.diagnostics += fields.diagnostics
        }
        return (settings, drawLine)
    }

    /// `draw: 5`, or `draw:` with a count under each section's slug.
    private static func readDraw(_ fields: inout Fields) -> Draw {
        if fields.isMapping("draw"), var sections = fields.nested("draw") {
            var counts: [String: Int] = [:]
            for key in sections.keys {
                if let count = sections.int(key, in: 1...1000, unit: "questions") { counts[key] = count }
            }
            fields.absorb(sections)
            return .perSection(counts)
        }
        return fields.int("draw", in: 1...1000, unit: "questions").map { .count($0) } ?? .all
    }
}
