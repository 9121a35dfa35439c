import Mustache

/// The escaping swift-mustache does for `{{value}}` in HTML (the same five characters, the
/// same entities), without its per-character dictionary lookups, which took a tenth of a
/// build. Templates opt in with `{{% CONTENT_TYPE: HTML }}` on their first line: parley
/// registers this type under the name `HTML` before it reads a theme.
struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTML.escape(text)
    }

    /// Registers the type in swift-mustache's registry (a global) once per process,
    /// however many themes are loaded.
    static let registered: Void = MustacheContentTypes.register(FastHTMLContentType(), named: "HTML")
}
