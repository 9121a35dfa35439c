import Course
import Foundation

/// One Server-Sent Event to the open pages: a name and one line of JSON.
struct ServerEvent: Sendable, Equatable {
    var name: String
    var json: String

    /// `event: reload` + `data: {…}` and the blank line that ends an event.
    var encoded: Data { Data("event: \(name)\ndata: \(json)\n\n".utf8) }

    /// Sent first on every connection: which build the server has now.
    static func hello(build: String) -> ServerEvent {
        ServerEvent(name: "hello", json: encode(["build": build]))
    }

    /// A new build: pages that changed (site paths like `basics/first/`), or nil for all.
    static func reload(build: String, pages: [String]?) -> ServerEvent {
        struct Payload: Encodable { var build: String; var pages: [String]? }
        return ServerEvent(name: "reload", json: encode(Payload(build: build, pages: pages)))
    }

    /// The last save did not build: every diagnostic, errors and warnings.
    static func errors(_ diagnostics: [Diagnostic]) -> ServerEvent {
        ServerEvent(name: "errors", json: encode(["diagnostics": diagnostics.map(DiagnosticPayload.init)]))
    }

    /// Keeps idle connections open through proxies and finds the closed ones.
    static let keepAlive = Data(": keep-alive\n\n".utf8)

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // JSON without pretty printing has no raw newlines, so it fits on one `data:` line.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
