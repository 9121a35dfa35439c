import CommonMark
import Course
import CourseFixtures
import Foundation
import Kinds
import Testing
@testable import Site

/// The interface in the course's language: catalogs, fallback to English, a course's own
/// strings, plural forms, quotation marks and the right-to-left direction.
@Suite struct StringsTests {
    /// A themes folder holding the repository's default theme and a theme `mine` with
    /// these catalogs (`["nl": "nav:\n  home: Start\n"]`).
    final class Themes {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-themes-\(UUID().uuidString)")

        init(_ catalogs: [String: String]) throws {
            let i18n = folder.appendingPathComponent("mine/i18n")
            try FileManager.default.createDirectory(at: i18n, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("default").path,
                                                       withDestinationPath: TemporaryCourse.themes + "/default")
            for (language, yaml) in catalogs {
                try Data(yaml.utf8).write(to: i18n.appendingPathComponent(language + ".yaml"))
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    func build(_ courseYAML: String, themes: Themes? = nil, files: [String: String] = [:]) throws -> (TemporaryCourse, Build.Result) {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["course.yaml": courseYAML]) { $1 }.merging(files) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = themes?.folder.path ?? TemporaryCourse.themes
        return (course, try build.run())
    }

    @Test func aCatalogReplacesTheEnglishAndWhatItLacksStaysEnglish() throws {
        let themes = try Themes(["nl": "nav:\n  home: Start\n  next: Volgende\n"])
        let (course, result) = try build("title: T\nlanguage: nl\ntheme: mine\n", themes: themes)
        #expect(result.succeeded)
        let lesson = try #require(course.built("basics/first/index.html"))
        #expect(lesson.contains("<a href=\"../../index.html\">Start</a>"))
        #expect(lesson.contains("<span class=\"pager-label\">Volgende</span>"))
        #expect(lesson.contains("<span class=\"pager-label\">Previous</span>"))
        let missing = try #require(result.diagnostics.first { $0.file.hasSuffix("mine/i18n/nl.yaml") })
        #expect(!missing.isError)
        #expect(missing.message.contains("interface strings are missing from this catalog and will be in English"))
        #expect(missing.message.contains("callout.avoid, callout.note"))
        #expect(!missing.message.contains("nav.home"))
    }

    @Test func aLanguageWithoutACatalogIsAWarningAtItsLine() throws {
        let (course, result) = try build("title: T\nlanguage: sv\n")
        #expect(result.succeeded)
        let warning = try #require(result.diagnostics.first { $0.message.contains("no catalog for 'sv'") })
        #expect(warning.file.hasSuffix("course.yaml") && warning.line == 2)
        #expect(course.built("index.html")?.contains("<h2 id=\"modules\">Modules</h2>") == true)
    }

    @Test func aCourseChangesAnyStringAndAMisspeltKeyIsNamed() throws {
        let (course, result) = try build("title: T\nstrings:\n  nav:\n    home: Course home\n    hom: Oops\n  quiz:\n    question_of: \"{number}/{count}\"\n")
        #expect(course.built("basics/first/index.html")?.contains(">Course home</a>") == true)
        let warning = try #require(result.diagnostics.first { $0.message.contains("nav.hom") })
        #expect(warning.line == 5)
        #expect(warning.hint == "did you mean 'nav.home'?")
    }

    @Test func aCourseMayKeepItsStringsInI18nFolderUnderCourseYAML() throws {
        let (course, result) = try build("title: T\nlanguage: de\nstrings:\n  nav:\n    next: Weiter bitte\n",
                                         files: ["i18n/de.yaml": "nav:\n  home: Kursstart\n  next: Nächste\n  homme: x\n"])
        let lesson = try #require(course.built("basics/first/index.html"))
        #expect(lesson.contains(">Kursstart</a>"))
        #expect(lesson.contains("<span class=\"pager-label\">Weiter bitte</span>"))
        // Not a module, and not published.
        #expect(course.built("i18n/de.yaml") == nil)
        #expect(!result.diagnostics.contains { $0.message.contains("index.md") })
        let warning = try #require(result.diagnostics.first { $0.message.contains("'nav.homme'") })
        #expect(warning.file.hasSuffix("i18n/de.yaml") && warning.line == 4)
    }

    @Test func textsWithPlaceholdersAreFilledFromThePage() throws {
        let quiz = "---\ntitle: Q\ntype: quiz\n---\n\n## One?\n\n- [x] a\n- [ ] b\n- [ ] c\n\n## Two?\n\n- [x] a\n- [ ] b\n- [ ] c\n"
        let (course, _) = try build("title: T\nstrings:\n  quiz:\n    question_of: \"{number} & {count}\"\n", files: ["01-basics/09-q.md": quiz])
        let page = try #require(course.built("basics/q/index.html"))
        #expect(page.contains("<span class=\"question-number\">2 &amp; 2</span>"))
    }

    @Test func pluralFormsFollowTheLanguage() {
        #expect([0, 1, 2, 5].map { PluralRule.category(of: $0, language: "en") } == ["other", "one", "other", "other"])
        #expect([0, 1, 2].map { PluralRule.category(of: $0, language: "fr-CA") } == ["one", "one", "other"])
        #expect([1, 3, 5, 22, 25].map { PluralRule.category(of: $0, language: "pl") } == ["one", "few", "many", "few", "many"])
        #expect([0, 1, 2, 3, 11, 100].map { PluralRule.category(of: $0, language: "ar") } == ["zero", "one", "two", "few", "many", "other"])
        #expect(PluralRule.category(of: 1, language: "ja") == "other")
        let table = StringTable(entries: ["time.minutes": .forms(["one": "{n} Minute", "other": "{n} Minuten"])])
        let german = Strings(language: "de", table: table)
        #expect(german.count("time.minutes", 1) == "1 Minute")
        #expect(german.count("time.minutes", 1200) == "1.200 Minuten")
    }

    @Test func catalogsGiveTextsAndPluralFormsByDottedKey() {
        let (table, problems) = StringTable.parse("quiz:\n  submit: Absenden\n  left:\n    one: \"{n} Versuch\"\n    other: \"{n} Versuche\"\n  bad: [1, 2]\n", file: "de.yaml")
        #expect(table["quiz.submit"] == .text("Absenden"))
        #expect(table["quiz.left"] == .forms(["one": "{n} Versuch", "other": "{n} Versuche"]))
        #expect(problems.map(\.line) == [6])
    }

    @Test func numbersAndPercentagesAreWrittenTheLanguagesWay() {
        #expect(Strings(language: "en", table: StringTable()).percent(80) == "80%")
        #expect(Strings(language: "de", table: StringTable()).percent(80) == "80\u{A0}%")
    }

    @Test func straightQuotesBecomeTheLanguagesAndTypedOnesStay() throws {
        let lesson = "---\ntitle: \"Sag \\\"Hallo\\\"\"\n---\n\nEr sagt \"bitte\" und “so”.\n"
        let (course, _) = try build("title: T\nlanguage: de\n", files: ["01-basics/03-q.md": lesson])
        let page = try #require(course.built("basics/q/index.html"))
        #expect(page.contains("<p>Er sagt „bitte“ und “so”.</p>"))
        #expect(page.contains("<h1>Sag „Hallo“</h1>"))
        #expect(Typography.quotes(for: "fr") == QuoteMarks(open: "«\u{202F}", close: "\u{202F}»"))
    }

    @Test func rightToLeftLanguagesGetDirRTL() throws {
        let (course, _) = try build("title: T\nlanguage: ar\n")
        #expect(course.built("index.html")?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        let (english, _) = try build("title: T\n")
        #expect(english.built("index.html")?.contains("<html lang=\"en\" dir=\"ltr\">") == true)
    }

    @Test func scriptsGetEveryStringAsSafeJSON() throws {
        let (course, _) = try build("title: T\nstrings:\n  quiz:\n    submit: \"</script><b>\"\n")
        let folder = course.output + "/assets"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("strings.") })
        let script = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(script.hasPrefix("window.parleyStrings = {\"lang\":\"en\",\"strings\":{"))
        #expect(script.contains("\"quiz.submit\":\"\\u003c/script\\u003e\\u003cb\\u003e\""))
        #expect(script.contains("\"time.minutes\":{\"one\":\"{n} min\",\"other\":\"{n} min\"}"))
    }

    /// The default theme's English catalog, which every key used anywhere must be in.
    static func catalog(_ language: String) throws -> StringTable {
        let text = try String(contentsOfFile: TemporaryCourse.themes + "/default/i18n/\(language).yaml", encoding: .utf8)
        let (table, problems) = StringTable.parse(text, file: language + ".yaml")
        #expect(problems.isEmpty, "\(problems)")
        return table
    }

    /// Keys written in the repository's sources: `{{t.a.b}}` and `{{>t.a.b}}` in templates,
    /// `text("a.b"` and `count("a.b"` in Swift, `parley.t("a.b"` and `parley.tn("a.b"` in scripts.
    static func keysUsed(in folder: String, suffix: String, pattern: String) throws -> Set<String> {
        let expression = try NSRegularExpression(pattern: pattern)
        var keys: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(suffix) else { continue }
            let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { keys.insert(String(text[range])) }
            }
        }
        return keys
    }

    @Test func everyKeyTheThemeAndTheCodeUseIsInTheEnglishCatalog() throws {
        let english = Set(try Self.catalog("en").keys)
        let theme = TemporaryCourse.themes + "/default"
        let sources = TemporaryCourse.themes + "/../Sources"
        let used = try Self.keysUsed(in: theme + "/templates", suffix: ".mustache", pattern: #"\{\{>?t\.([a-z_.]+)\}\}"#)
            .union(Self.keysUsed(in: sources, suffix: ".swift", pattern: #"(?:text|count)\("([a-z_]+\.[a-z_.]+)""#))
            .union(Self.keysUsed(in: theme + "/assets", suffix: ".js", pattern: #"parley\.tn?\("([a-z_]+\.[a-z_.]+)""#))
            .filter { !$0.hasSuffix(".") }
            .union(InterfaceText.allCases.map(\.key))
            .union(QuestionTypes.all.map { "quiz.hint." + $0.name })
            .union(Kinds.all.all.map { "kind." + $0.name })
        #expect(used.count > 100)
        #expect(used.subtracting(english).sorted() == [])
    }

    @Test func theShippedCatalogsAreComplete() throws {
        let english = try Self.catalog("en")
        for language in ["de", "fr", "es", "ar"] {
            let table = try Self.catalog(language)
            #expect(Set(english.keys).subtracting(table.keys).sorted() == [], "\(language)")
            #expect(Set(table.keys).subtracting(english.keys).sorted() == [], "\(language)")
            #expect(Theme.pluralProblems(table, language: language, files: language).isEmpty, "\(language)")
            for key in english.keys {
                let placeholders = { (text: String) in Set(text.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}").first }) }
                let englishNames = placeholders(english[key]?.text ?? "")
                let translated = placeholders(table[key]?.text ?? "")
                #expect(translated.isSubset(of: englishNames.union(["n"])), "\(language) \(key)")
            }
        }
    }
}
