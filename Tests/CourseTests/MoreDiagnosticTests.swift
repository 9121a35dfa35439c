import Course
import CourseFixtures
import Foundation
import Kinds
import Site
import Testing

/// The diagnostics the first suite left untested, each with the input that triggers it.
@Suite struct MoreDiagnosticTests {
    func diagnostics(_ changes: [String: String], removing: [String] = []) throws -> [Diagnostic] {
        var files = TemporaryCourse.basics
        for (path, text) in changes { files[path] = text }
        for path in removing { files[path] = nil }
        let course = try TemporaryCourse(files)
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content, displayRoot: "content")
        // The basics course's lesson objective no question tests is the item linter's to test.
        return (problems + Kinds.all.content.validator.validate(loaded) + Build.layoutProblems(loaded, kinds: Kinds.all))
            .filter { !$0.message.hasPrefix("no question tests") }.sortedByPosition
    }

    func only(_ changes: [String: String], removing: [String] = []) throws -> Diagnostic {
        let found = try diagnostics(changes, removing: removing)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test func aKeySetTwiceInFrontMatter() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\nsummary: One\nsummary: Two\n---\n"])
        #expect(problem.line == 3, "at the key's first line")
        #expect(problem.message.contains("'summary' is set twice"), "\(problem)")
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        let problem = try only(["01-basics/03-x.md": "---\n- just\n- a list\n---\n"])
        #expect(problem.line == 2)
        #expect(problem.message == "front matter must be a set of `key: value` lines")
    }

    @Test func aTypeInAModulesIndex() throws {
        let problem = try only(["01-basics/index.md": "---\ntitle: Basics\ntype: quiz\n---\n"])
        #expect(problem.line == 3)
        #expect(problem.message == "a module's index.md cannot have a type")
    }

    @Test func anIndexAtTheTopOfTheContentFolder() throws {
        let problem = try only(["index.md": "---\ntitle: Home\n---\n"])
        #expect(problem.severity == .warning)
        #expect(problem.file == "content/index.md")
        #expect(problem.message == "content/index.md is not used")
    }

    @Test func markdownInASubfolderOfAModule() throws {
        let problem = try only(["01-basics/notes/idea.md": "---\ntitle: Idea\n---\n"])
        #expect(problem.severity == .warning)
        #expect(problem.message == "Markdown in a subfolder of a module is not a page")
    }

    @Test func aBaseURLThatIsNotAbsolute() throws {
        let problem = try only(["course.yaml": "title: T\nbase_url: example.org/course\n"])
        #expect(problem.line == 2)
        #expect(problem.message == "'base_url' must be an absolute http(s) URL (found 'example.org/course')")
    }

    @Test func anAccentColorThatIsNotACSSColour() throws {
        let problem = try only(["course.yaml": "title: T\naccent_color: \"red; } body { display: none\"\n"])
        #expect(problem.line == 2)
        #expect(problem.message.hasPrefix("'accent_color' is not a CSS colour"))
    }

    @Test func aModuleOrderNamingNoFolder() throws {
        let problem = try only(["course.yaml": "title: T\nmodules:\n  - 01-basics\n  - 09-nowhere\n"])
        #expect(problem.line == 2)
        #expect(problem.message == "'modules' names '09-nowhere', but there is no such module folder")
    }

    @Test func aModuleOrderPutsModulesInThatOrder() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging([
            "02-more/index.md": "---\ntitle: More\n---\n", "course.yaml": "title: T\nmodules: [02-more, basics]\n",
        ]) { $1 })
        let (loaded, problems) = try ContentLoader(kinds: Kinds.all.content).load(from: course.content)
        #expect(problems.isEmpty, "\(problems)")
        #expect(loaded.modules.map(\.folder) == ["02-more", "01-basics"])
    }

    @Test func aPageWhereTheSiteKeepsItsOwn() throws {
        let problem = try only(["search/index.md": "---\ntitle: Search things\n---\n"])
        #expect(problem.message == "the URL /search/ is used by the site itself")
    }

    @Test func aLinkOutOfTheContentFolder() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\nSee [this](../../secret.md).\n"])
        #expect(problem.line == 5)
        #expect(problem.column == 5)
        #expect(problem.message == "link '../../secret.md' points outside the content folder")
    }

    @Test func anEmptyKnowledgeCheck() throws {
        let problem = try only(["01-basics/03-x.md": "---\ntitle: X\n---\n\n```quiz\n```\n"])
        #expect(problem.line == 5)
        #expect(problem.message == "knowledge check has no questions")
    }

    @Test func anEmptyOption() throws {
        let problem = try only(["01-basics/03-q.md": "---\ntype: quiz\ntitle: Q\nlint: false\n---\n\n## Which?\n\n- [x] Right\n- [ ]\n"])
        #expect(problem.line == 10)
        #expect(problem.message == "option is empty")
    }

    @Test func anEmptyPhrase() throws {
        let problem = try only(["01-basics/03-b.md": "---\ntype: phrasebank\ntitle: B\n---\n\n## S\n\n- \"Fine.\"\n- \"\"\n"])
        #expect(problem.line == 9)
        #expect(problem.message == "phrase is empty")
    }

    @Test func aPolicyPlaceholderIsAWarningUntilReplaced() throws {
        let lesson = "---\ntitle: X\n---\n\nIf a caller threatens harm:\n\n> [!POLICY]\n> Who to call, and what to write down.\n"
        let problem = try only(["01-basics/03-x.md": lesson])
        #expect(problem.severity == .warning)
        #expect(problem.line == 7)
        #expect(problem.message == "a placeholder for your organisation's own procedure is still here")
        #expect(try diagnostics(["01-basics/03-x.md": lesson.replacingOccurrences(of: "[!POLICY]", with: "[!NOTE]")]).isEmpty)
    }

    @Test func anEmptyReply() throws {
        let problem = try only(["01-basics/03-s.md": "---\ntype: scenario\ntitle: S\n---\n\n## Start\n\nHello.\n\n- → [End](#end)\n\n## End\n\nDone.\n"])
        #expect(problem.line == 10)
        #expect(problem.message == "reply is empty")
    }
}

/// A theme whose template does not parse, or lacks one parley renders, stops the build
/// with the template named.
@Suite struct ThemeDiagnosticTests {
    func build(theme files: [String: String]) throws -> [Diagnostic] {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["course.yaml": "title: T\ntheme: brand\n"]) { $1 })
        let themes = course.folder.appendingPathComponent("themes").path
        try FileManager.default.createDirectory(atPath: themes + "/brand/templates", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: themes + "/default", withDestinationPath: TemporaryCourse.themes + "/default")
        for (name, text) in files { try text.write(toFile: themes + "/brand/templates/" + name, atomically: true, encoding: .utf8) }
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = themes
        let result = try build.run()
        #expect(!FileManager.default.fileExists(atPath: course.output))
        return result.diagnostics.filter(\.isError)
    }

    @Test func aTemplateThatDoesNotParse() throws {
        let errors = try build(theme: ["home.mustache": "<p>\n{{#modules}}</p>\n"])
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.file == "\(errors.first?.file.components(separatedBy: "/themes/").first ?? "")/themes/brand/templates/home.mustache")
        #expect(errors.first?.message.hasPrefix("template syntax error") == true)
    }
}
