import Course

/// Warnings about classic item-writing flaws, for `parley check`: an assessment should
/// measure the skill, not how well a trainee reads the test. For graded quiz pages (unless
/// one says `lint: false`): the right option is the longest in most single-answer
/// questions, "all/none of the above", a multiple choice with one wrong option, a question
/// asked word for word in another quiz, a negative stem not emphasised, a single choice
/// with fewer than three options. For every lesson of a course with a graded quiz (unless
/// it says `lint: false`): objectives no question tests.
enum ItemLinter {
    static let check: Validator.Check = { course in warnings(for: course) }

    static func warnings(for course: Course) -> [Diagnostic] {
        let pages = course.allPages
        var warnings: [Diagnostic] = []
        let quizzes = pages.compactMap { page in page.content(as: QuizKind.self).map { (page, $0) } }
        for (page, content) in quizzes where content.settings.isGraded && content.settings.lints {
            warnings += longestKey(content.quiz, file: page.displayPath)
            for question in content.quiz.questions {
                warnings += questionFlaws(question, file: page.displayPath)
            }
        }
        warnings += repeatedStems(pages: pages)
        // Only an assessed course (one with a graded quiz) is expected to test its objectives.
        if quizzes.contains(where: { $0.1.settings.isGraded }) { warnings += untestedObjectives(pages: pages) }
        return warnings
    }

    // MARK: One quiz

    /// The right option is strictly the longest in more than half of the single-answer
    /// questions: a trainee can pass by picking the longest.
    static func longestKey(_ quiz: Quiz, file: String) -> [Diagnostic] {
        let singles = quiz.questions.filter { $0.type == SingleChoice.self && $0.options.count > 1 }
        let giveaways = singles.filter { question in
            guard let key = question.options.first(where: \.isCorrect) else { return false }
            return question.options.allSatisfy { $0.isCorrect || $0.text.count < key.text.count }
        }
        guard !singles.isEmpty, giveaways.count * 2 > singles.count else { return [] }
        let lines = giveaways.map { String($0.line) }.joined(separator: ", ")
        return [.warning(file, line: quiz.line, column: 1,
                         "the right option is the longest in \(giveaways.count) of \(singles.count) single-answer questions (lines \(lines))",
                         hint: "a trainee can pass by picking the longest option: make wrong options as long and as specific as right ones")]
    }

    static func questionFlaws(_ question: Question, file: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for option in question.options {
            let texts = [option.text.lowercased(), option.feedback?.html.lowercased() ?? ""]
            if let phrase = ["all of the above", "none of the above"].first(where: { phrase in texts.contains { $0.contains(phrase) } }) {
                warnings.append(.warning(file, line: option.line, column: 1, "an option says “\(phrase)”",
                                         hint: "it rewards spotting two right options, and breaks when options are shuffled: write a real option"))
            }
        }
        if question.type == MultipleChoice.self, question.options.filter({ !$0.isCorrect }).count == 1 {
            warnings.append(.warning(file, line: question.line, column: 1, "a multiple-choice question with only one wrong option",
                                     hint: "add plausible wrong options, or ask a single-answer question"))
        }
        if question.type == SingleChoice.self, question.options.count < 3 {
            warnings.append(.warning(file, line: question.line, column: 1,
                                     "a single-answer question with \(question.options.count) options",
                                     hint: "with two options half the guesses are right: add a plausible third"))
        }
        if let negative = unemphasisedNegative(in: question) {
            warnings.append(.warning(file, line: question.line, column: 1, "the question asks with “\(negative)” but does not stress it",
                                     hint: "a negative stem is easy to misread: write it in capitals (NOT) or emphasis (*not*), or ask it positively"))
        }
        return warnings
    }

    /// "not" or "except" in a question, unless written in capitals or emphasised. Words in
    /// quotation marks are someone's words (a customer's line), not what the question asks.
    static func unemphasisedNegative(in question: Question) -> String? {
        let words = outsideQuotations(question.promptText).split { !$0.isLetter && $0 != "'" && $0 != "’" }
        for word in words where ["not", "except"].contains(word.lowercased()) {
            if word == word.uppercased() { continue }
            let html = question.prompt.html.lowercased()
            let emphasised = ["<em>", "<strong>"].contains { tag in
                html.contains(tag + word.lowercased() + "</" + tag.dropFirst())
            }
            if !emphasised { return String(word) }
        }
        return nil
    }

    /// The text without what stands between “ and ” or a pair of ".
    static func outsideQuotations(_ text: String) -> String {
        var kept = ""
        var isQuoting = false
        for character in text {
            switch character {
            case "“": isQuoting = true
            case "”": isQuoting = false
            case "\"": isQuoting.toggle()
            default: if !isQuoting { kept.append(character) }
            }
        }
        return kept
    }

    // MARK: The whole course

    /// A graded quiz's question asked word for word in another quiz (a final that repeats
    /// module items): it tests recall of that item, not the skill.
    static func repeatedStems(pages: [Page]) -> [Diagnostic] {
        var first: [String: (file: String, line: Int)] = [:]
        var warnings: [Diagnostic] = []
        for page in pages {
            let quizzes: [(Quiz, lints: Bool)]
            if let content = page.content(as: QuizKind.self) {
                quizzes = [(content.quiz, content.settings.isGraded && content.settings.lints)]
            } else if let lesson = page.content as? LessonContent {
                quizzes = lesson.checks.map { ($0, false) }
            } else {
                quizzes = []
            }
            for (quiz, lints) in quizzes {
                for question in quiz.questions {
                    let stem = PhraseLinter.words(question.promptText).joined(separator: " ")
                    guard !stem.isEmpty else { continue }
                    if let earlier = first[stem], earlier.file != page.displayPath || lints {
                        if lints {
                            warnings.append(.warning(page.displayPath, line: question.line, column: 1,
                                                     "this question is also asked in \(earlier.file):\(earlier.line)",
                                                     hint: "a graded quiz that repeats an item word for word tests memory of it: ask about the skill in a new situation"))
                        }
                    } else if first[stem] == nil {
                        first[stem] = (page.displayPath, question.line)
                    }
                }
            }
        }
        return warnings
    }

    /// Objectives of lessons that no graded question, anywhere in the course, says it
    /// tests (a reflection is practice, not a test), and a question naming an objective no
    /// lesson has (a typo would leave an objective untested unnoticed).
    static func untestedObjectives(pages: [Page]) -> [Diagnostic] {
        var tags: Set<String> = []
        var warnings: [Diagnostic] = []
        let known = Set(pages.flatMap { $0.objectives.map(objectiveKey) })
        for page in pages {
            for quiz in (page.content as? any QuizBearing)?.quizzes ?? [] {
                for question in quiz.questions {
                    if question.type.isGraded { tags.formUnion(question.objectives.map(objectiveKey)) }
                    for objective in question.objectives where !known.contains(objectiveKey(objective)) {
                        warnings.append(.warning(page.displayPath, line: question.line, column: 1,
                                                 "the question names an objective no lesson has: “\(objective)”",
                                                 hint: known.isEmpty ? "list the objectives in each lesson's front matter (`objectives:`)"
                                                     : "copy the objective as the lesson's front matter writes it"))
                    }
                }
            }
        }
        for page in pages where !page.objectives.isEmpty && page.content(as: LessonKind.self)?.lints == true {
            let untested = page.objectives.filter { !tags.contains(objectiveKey($0)) }
            guard !untested.isEmpty else { continue }
            warnings.append(.warning(page.displayPath, line: 1, column: 1,
                                     "no question tests \(untested.count == 1 ? "this objective" : "these objectives"): "
                                         + untested.map { "“\($0)”" }.joined(separator: ", "),
                                     hint: "tag a question with `Objective: <the objective>` or `{#\(Slug.heading(untested[0]))}` on its heading, or drop the objective"))
        }
        return warnings
    }

    /// An objective as written and as a tag (`{#recap-a-problem}`) are compared by slug.
    static func objectiveKey(_ text: String) -> String {
        Slug.heading(text)
    }
}
