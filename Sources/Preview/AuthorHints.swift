import Course

/// Works out the hints of every page from a build: answer keys from the quiz model and the
/// build's warnings, placed on the page made from the file they are about.
enum AuthorHints {
    /// Hints by site path of the page (`""` for the home page, `basics/first/`).
    static func make(course: Course, diagnostics: [Diagnostic]) -> [String: PageHints] {
        var hints: [String: PageHints] = [:]
        var pathByFile: [String: String] = [:]
        for page in course.allPages {
            pathByFile[page.displayPath] = page.path
            var pageHints = PageHints(file: page.displayPath)
            pageHints.quizzes = page.quizzes.map(key)
            hints[page.path] = pageHints
        }
        for warning in diagnostics where !warning.isError {
            let path = pathByFile[warning.file] ?? modulePath(of: warning.file, in: course) ?? ""
            hints[path, default: PageHints()].warnings.append(DiagnosticPayload(warning))
        }
        return hints
    }

    /// A warning about a module folder belongs on the module's page; anything else that is
    /// not a page (course.yaml, a theme) on the home page.
    private static func modulePath(of file: String, in course: Course) -> String? {
        course.modules.first { $0.index.displayPath.hasPrefix(file + "/") }?.path
    }

    static func key(_ quiz: Quiz) -> PageHints.QuizKey {
        let questions = quiz.questions.enumerated().map { index, question in
            let isOrdering = question.kind == .ordering
            return PageHints.QuestionKey(
                number: index + 1,
                kind: question.kind.rawValue,
                correct: isOrdering ? [] : question.options.indices.filter { question.options[$0].isCorrect },
                answers: question.options.filter { isOrdering || $0.isCorrect }.map(\.text))
        }
        return PageHints.QuizKey(id: quiz.id, questions: questions)
    }
}
