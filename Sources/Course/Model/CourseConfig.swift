import CommonMark
/// The settings of `content/course.yaml`.
public struct CourseConfig: Sendable {
    public var title: String
    public var description: String = ""
    public var audience: String = ""
    public var completion: String = ""
    public var language: String = "en"
    /// Interface strings of this course over the theme's catalog (`strings:`).
    public var strings = StringTable()
    /// Absolute URL the site is published at, always ending in `/`; nil until course.yaml
    /// or `--base-url` says, and then the site has no absolute URL at all (no canonical
    /// links, no sitemap.xml) rather than one pointing somewhere else.
    public var baseURL: String?
    public var theme: String = "default"
    public var passMark: Int = 80
    public var allowsRawHTML: Bool = false
    /// Path of a logo image, relative to content/.
    public var logo: String?
    /// A CSS colour for links, buttons and highlights.
    public var accentColor: String?
    /// Module folder names in the order they should appear, when given.
    public var moduleOrder: [String] = []
    /// Settings every page of a kind starts from, by the kind's name (`quiz:` in course.yaml
    /// holds what every quiz page may set), for the kind to read.
    public var defaults: [String: Fields] = [:]
    /// A stable name for LMS packages (`id:`), so a retitled course still updates the same
    /// course in the LMS; nil means a slug of the title.
    public var identifier: String?

    /// Line of each setting in course.yaml, by key, for problems found after reading it
    /// (a logo or a module that does not exist).
    public var lines: [String: Int] = [:]

    public init(title: String) {
        self.title = title
    }

    static let knownKeys: Set<String> = [
        "title", "description", "audience", "completion", "language", "base_url", "theme",
        "pass_mark", "unsafe_html", "logo", "accent_color", "modules", "id", "strings",
    ]

    /// Reads the fields of course.yaml, reporting every problem. `kinds` are the names of
    /// the kinds of page, each of which may have defaults.
    /// The host of a URL at one of the domains kept for examples (RFC 2606), if it is one.
    public static func placeholderHost(_ url: String) -> String? {
        let afterScheme = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first ?? ""
        let host = afterScheme.split(separator: ":").first.map { $0.lowercased() } ?? ""
        let placeholders = ["example.org", "example.com", "example.net"]
        return placeholders.contains { host == $0 || host.hasSuffix("." + $0) } || host.hasSuffix(".example") ? host : nil
    }

    static func read(_ fields: inout Fields, kinds: [String] = []) -> CourseConfig {
        var config = CourseConfig(title: "")
        if let language = fields.string("language") {
            if Self.isLanguageTag(language) {
                config.language = language
            } else {
                fields.error(at: "language", "'language' must be a language tag such as `en`, `de` or `fr-CA` (found '\(language)')",
                             hint: "write the language's two- or three-letter code, then optionally a region: `pt-BR`")
            }
        }
        config.title = Typography.smart(fields.string("title") ?? "", quotes: config.quotes)
        if !fields.has("title") {
            fields.error(at: "title", "missing 'title' in course.yaml", hint: "add `title: \"…\"`")
        }
        config.description = Typography.smart(fields.string("description") ?? "", quotes: config.quotes)
        config.audience = Typography.smart(fields.string("audience") ?? "", quotes: config.quotes)
        config.completion = Typography.smart(fields.string("completion") ?? "", quotes: config.quotes)
        if let url = fields.string("base_url") {
            if url.hasPrefix("http://") || url.hasPrefix("https://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
                if let host = Self.placeholderHost(url) {
                    fields.warning(at: "base_url", "'base_url' is a placeholder (\(host)): sitemap.xml and canonical links would point there",
                                   hint: "write the address the course is published at, or leave base_url out until you know it")
                }
            } else {
                fields.error(at: "base_url", "'base_url' must be an absolute http(s) URL (found '\(url)')",
                             hint: "write e.g. `base_url: https://learning.example.org/de-escalation/`")
            }
        }
        if let theme = fields.string("theme") {
            // A folder name in themes/, never a path that could lead elsewhere.
            if !theme.isEmpty, !theme.hasPrefix("."), !theme.contains("/"), !theme.contains("\\") {
                config.theme = theme
            } else {
                fields.error(at: "theme", "'theme' must be the name of a folder in themes/ (found '\(theme)')",
                             hint: "write e.g. `theme: default`")
            }
        }
        config.passMark = fields.int("pass_mark", in: 0...100, unit: "percent") ?? 80
        config.allowsRawHTML = fields.bool("unsafe_html") ?? false
        config.logo = fields.string("logo")
        if let color = fields.string("accent_color") {
            if color.allSatisfy({ $0.isLetter || $0.isNumber || "#(),.% ".contains($0) }) {
                config.accentColor = color
            } else {
                fields.error(at: "accent_color", "'accent_color' is not a CSS colour: '\(color)'",
                             hint: "write e.g. `accent_color: \"#0b6e4f\"`")
            }
        }
        config.moduleOrder = fields.strings("modules") ?? []
        if var strings = fields.nested("strings") {
            config.strings.read(&strings, prefix: "")
            fields.absorb(strings)
        }
        if let identifier = fields.string("id") {
            if isIdentifier(identifier) {
                config.identifier = identifier
            } else {
                fields.error(at: "id", "'id' must start with a letter and hold only letters, digits, '-', '_' and '.' (found '\(identifier)')",
                             hint: "write e.g. `id: de-escalation`; LMS packages use it as their identifier")
            }
        }
        for kind in kinds {
            if let defaults = fields.nested(kind) { config.defaults[kind] = defaults }
        }
        for key in knownKeys where fields.has(key) { config.lines[key] = fields.line(ofKey: key) }
        fields.warnAboutUnknownKeys(known: knownKeys.union(kinds))
        return config
    }

    /// The quotation marks the course's language writes for `"…"`.
    public var quotes: QuoteMarks { Typography.quotes(for: language) }

    /// Whether the course's language is written right to left (Arabic, Hebrew, Persian,
    /// Urdu and a few more): the pages get `dir="rtl"`.
    public var isRightToLeft: Bool {
        ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"].contains(PluralRule.primarySubtag(of: language))
    }

    /// `de`, `fr-CA`, `zh-Hans`: letters, then subtags of letters and digits (BCP 47's shape).
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }

    /// An XML name (an `xs:ID` in imsmanifest.xml) that is also safe in a file name.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
