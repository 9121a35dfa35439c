import Kinds
import Course
import CourseFixtures
import Foundation
import Site
import Testing
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SCORMPackageTests {
    func export(_ course: TemporaryCourse) throws -> PackageExport {
        var build = Build(kinds: Kinds.all, source: course.content, output: course.folder.appendingPathComponent("dist").path)
        build.themes = TemporaryCourse.themes
        return try build.exportSCORM()
    }

    func course(_ changes: [String: String] = [:]) throws -> TemporaryCourse {
        try TemporaryCourse(TemporaryCourse.basics.merging(changes) { $1 })
    }

    /// Every entry of the zip at `path`, read back with ZIPFoundation.
    func entries(ofZipAt path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        return entries
    }

    func exported(_ changes: [String: String] = [:]) throws -> (PackageExport, [String: Data], ManifestReader) {
        let course = try course(changes)
        let export = try export(course)
        let path = try #require(export.path, "\(export.build.diagnostics)")
        let entries = try entries(ofZipAt: path)
        let manifest = try ManifestReader(try #require(entries["imsmanifest.xml"]))
        return (export, entries, manifest)
    }

    /// A graded quiz of `count` typed-answer questions: each can keep up to 213 characters.
    func typedQuiz(_ count: Int, frontMatter: String = "") -> [String: String] {
        let questions = (1...count).map { "## Question \($0)?\n\n- = answer \($0)\n" }.joined(separator: "\n")
        return ["01-basics/09-final.md": "---\ntype: quiz\ntitle: Final\n\(frontMatter)---\n\n" + questions]
    }

    @Test func aQuizWhoseAttemptCannotFitInSuspendDataStopsTheExport() throws {
        let course = try course(typedQuiz(20))
        let export = try export(course)
        #expect(export.path == nil)
        let errors = export.build.diagnostics.filter(\.isError)
        let problem = try #require(errors.first)
        #expect(problem.file.hasSuffix("content/01-basics/09-final.md"))
        #expect(problem.line == 1)
        #expect(problem.message.hasPrefix("in an LMS this quiz's attempt could need "))
        #expect(problem.message.hasSuffix("characters with the course's progress; SCORM 1.2 keeps 4096"))
        #expect(!FileManager.default.fileExists(atPath: course.folder.appendingPathComponent("dist").path))
    }

    @Test func theLargestAttemptIsMeasuredAndFitsWhenTheQuizIsSmaller() throws {
        let (export, _, _) = try exported(typedQuiz(10))
        let largest = try #require(export.largestAttempt)
        #expect(largest.state.quizID == "basics/final")
        // Ten typed answers of up to 100 characters, each of which JSON may escape.
        #expect(largest.state.characters > 10 * 202)
        #expect(largest.total < SuspendData.limit)
    }

    @Test func aBankIsMeasuredByItsDrawNotByItsSize() throws {
        // Twenty typed answers cannot all be kept; five drawn from them can.
        let (export, _, _) = try exported(typedQuiz(20, frontMatter: "draw: 5\n"))
        let largest = try #require(export.largestAttempt)
        #expect(largest.state.characters > 5 * 202 && largest.state.characters < 6 * 202 + 20 * 9)
    }

    @Test func anUngradedQuizKeepsNoAttemptInTheLMS() throws {
        let (export, _, _) = try exported(typedQuiz(20, frontMatter: "graded: false\n"))
        #expect(export.largestAttempt == nil)
    }

    @Test func manifestIsWellFormedAndNamesEveryFileInTheZip() throws {
        let (export, entries, manifest) = try exported([
            "01-basics/img/my chart.png": "PNG",
            "01-basics/03-c.md": "---\ntitle: C\n---\n\n![A chart](img/my%20chart.png)\n",
        ])
        #expect(manifest.files.count == entries.count - 1)
        #expect(Set(manifest.files) == Set(entries.keys).subtracting(["imsmanifest.xml"]))
        #expect(Set(manifest.files) == Set(export.build.files.map(\.path)))
        #expect(manifest.files.contains("basics/img/my chart.png"))
        #expect(entries["basics/img/my chart.png"] == Data("PNG".utf8))
        #expect(entries["index.html"].map { String(decoding: $0, as: UTF8.self).contains("<h1>Test course</h1>") } == true)
    }

    @Test func oneOrganizationWithOneSCOLaunchingTheHomePage() throws {
        let (_, _, manifest) = try exported()
        #expect(manifest.count(of: "organization") == 1)
        #expect(manifest.count(of: "item") == 1)
        #expect(manifest.count(of: "resource") == 1)
        #expect(manifest.attributes["resource"]?["href"] == "index.html")
        #expect(manifest.attributes["resource"]?["adlcp:scormtype"] == "sco")
        #expect(manifest.attributes["item"]?["identifierref"] == manifest.attributes["resource"]?["identifier"])
        #expect(manifest.attributes["organizations"]?["default"] == manifest.attributes["organization"]?["identifier"])
        #expect(manifest.text["schemaversion"] == "1.2")
    }

    @Test func masteryScoreIsTheCoursePassMark() throws {
        let (_, _, manifest) = try exported(["course.yaml": "title: Test course\npass_mark: 65\n"])
        #expect(manifest.text["adlcp:masteryscore"] == "65")
        let (_, _, byDefault) = try exported()
        #expect(byDefault.text["adlcp:masteryscore"] == "80")
    }

    @Test func titleAndIdentifierComeFromCourseYAML() throws {
        let (export, _, manifest) = try exported(["course.yaml": "title: \"Calm & clear <calls>\"\nid: calm-calls\n"])
        #expect(manifest.attributes["manifest"]?["identifier"] == "calm-calls")
        #expect(manifest.titles == ["Calm & clear <calls>", "Calm & clear <calls>"])
        #expect(export.path?.hasSuffix("/dist/calm-calls-scorm12.zip") == true)
    }

    @Test func identifierIsASlugOfTheTitleWithoutAnID() throws {
        let (export, _, manifest) = try exported()
        #expect(manifest.attributes["manifest"]?["identifier"] == "test-course")
        #expect(export.package?.fileName == "test-course-scorm12.zip")
        var config = CourseConfig(title: "10 calm calls")
        #expect(SCORMManifest.identifier(for: config) == "course-10-calm-calls")
        config.title = "¿Qué?"
        #expect(SCORMManifest.identifier(for: config) == "que")
    }

    @Test func anIDThatIsNotAnXMLNameIsAnError() throws {
        let course = try course(["course.yaml": "title: Test course\nid: 2 calm calls\n"])
        let export = try export(course)
        #expect(export.path == nil)
        #expect(export.build.diagnostics.contains { $0.isError && $0.message.hasPrefix("'id' must start with a letter") && $0.line == 2 })
    }

    @Test func failingCourseWritesNoZipAndReportsEveryProblem() throws {
        let course = try course([
            "01-basics/03-bad.md": "---\ntitle: Bad\nduration: ten\n---\n",
            "01-basics/04-worse.md": "---\nsummary: no title\n---\n",
        ])
        let export = try export(course)
        #expect(export.package == nil && export.path == nil)
        #expect(export.build.diagnostics.filter(\.isError).count == 2)
        #expect(!FileManager.default.fileExists(atPath: course.folder.appendingPathComponent("dist").path))
    }

    @Test func twoExportsAreByteIdentical() throws {
        let course = try course()
        let first = try #require(try export(course).package?.data)
        let second = try #require(try export(course).package?.data)
        #expect(first == second)
    }

    @Test func hrefsArePercentEncodedAndEscaped() {
        let manifest = SCORMManifest(identifier: "c", title: "T", masteryScore: 80, files: ["a b/ü&.png"])
        #expect(manifest.xml.contains("<file href=\"a%20b/%C3%BC%26.png\"/>"))
    }
}

/// Reads imsmanifest.xml with Foundation's XMLParser: a parse error fails the test.
final class ManifestReader: NSObject, XMLParserDelegate {
    private(set) var files: [String] = []
    private(set) var titles: [String] = []
    /// The attributes of the last element of each name.
    private(set) var attributes: [String: [String: String]] = [:]
    /// The text of the last element of each name.
    private(set) var text: [String: String] = [:]
    private var counts: [String: Int] = [:]
    private var characters = ""

    struct ParseError: Error { var description: String }

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw ParseError(description: "\(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)") }
    }

    func count(of element: String) -> Int { counts[element, default: 0] }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        self.attributes[name] = attributes
        characters = ""
        if name == "file", let href = attributes["href"] {
            files.append(href.removingPercentEncoding ?? href)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = characters.trimmingCharacters(in: .whitespacesAndNewlines)
        text[name] = value
        if name == "title" { titles.append(value) }
        characters = ""
    }
}
