import Course

/// A diagnostic as the browser receives it, in the error overlay and the warnings panel.
struct DiagnosticPayload: Codable, Sendable, Equatable {
    var severity: String
    var file: String
    var line: Int
    var column: Int
    var message: String
    var hint: String?

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        file = diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        message = diagnostic.message
        hint = diagnostic.hint
    }
}
