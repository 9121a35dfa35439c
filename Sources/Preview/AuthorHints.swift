import Course
import Kinds
import Site

/// Works out the hints of every page from a build: answer keys from the quiz model and the
/// build's warnings, placed on the page made from the file they are about.
enum AuthorHints {
    /// Hints by site path of the page (`""` for the home page, `basics/first/`).
    static func make(course: Course, diagnostics: [Diagnostic]) -> [String: PageHints] {
        var hints: [String: PageHints] = [:]
        var pathByFile: [String: String] = [:]
        let layout = SiteLayout(course)
        for page in course.allPages {
            let path = layout.path(of: page)
            pathByFile[page.displayPath] = path
            var pageHints = PageHints(file: page.displayPath)
            pageHints.quizzes = ((page.content as? any QuizBearing)?.quizzes ?? []).map(key)
            hints[path] = pageHints
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
        course.modules.first { $0.index.displayPath.hasPrefix(file + "/") }.map { SiteLayout(course).path(of: $0.index) }
    }

    static func key(_ quiz: Quiz) -> PageHints.QuizKey {
        let questions = quiz.questions.enumerated().map { index, question in
            let (correct, answers) = question.type.answer(of: question)
            return PageHints.QuestionKey(number: index + 1, kind: question.type.name, correct: correct, answers: answers)
        }
        return PageHints.QuizKey(id: quiz.id, questions: questions)
    }
}
