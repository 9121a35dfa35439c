import Kinds
import Course
import CourseFixtures
import Foundation
import Site
import Testing
import ZIPFoundation

/// The SCORM 2004, xAPI and cmi5 packages: their manifests, and which reporter scripts
/// their pages load (none in a plain build).
@Suite struct ReportingPackageTests {
    let packages = SCORMPackageTests()

    func exported(_ standard: Reporting.Standard, activityID: String? = nil, _ changes: [String: String] = [:])
        throws -> (PackageExport, [String: Data]) {
        let course = try packages.course(changes)
        var build = Build(kinds: Kinds.all, source: course.content, output: course.folder.appendingPathComponent("dist").path)
        build.themes = TemporaryCourse.themes
        let export = try build.export(standard, activityID: activityID)
        let path = try #require(export.path, "\(export.build.diagnostics)")
        return (export, try packages.entries(ofZipAt: path))
    }

    func text(_ data: Data?) -> String { data.map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// The reporter scripts a page loads, by name without their hash, in order.
    func reporters(in page: String) -> [String] {
        page.components(separatedBy: "<script src=\"").dropFirst().compactMap { part -> String? in
            let src = String(part.prefix { $0 != "\"" })
            let name = src.split(separator: "/").last.map(String.init) ?? src
            guard name.hasPrefix("report") else { return nil }
            let pieces = name.split(separator: ".")
            return pieces.count == 3 ? pieces[0] + "." + pieces[2] : name
        }
    }

    @Test func aPlainBuildLoadsNoReporterAndPublishesNone() throws {
        let course = try packages.course()
        var build = Build(kinds: Kinds.all, source: course.content, output: course.folder.appendingPathComponent("public").path)
        build.themes = TemporaryCourse.themes
        let result = try build.check()
        #expect(!result.files.contains { $0.path.hasPrefix("assets/report") })
        let home = try #require(result.files.first { $0.path == "index.html" })
        guard case .bytes(let data) = home.contents else { Issue.record("the home page is not in memory"); return }
        #expect(reporters(in: text(data)).isEmpty)
        #expect(!text(data).contains("parleyReport"))
    }

    @Test(arguments: Reporting.Standard.allCases)
    func eachPackageLoadsItsStandardsScriptsInOrderAndNoOther(_ standard: Reporting.Standard) throws {
        let (_, entries) = try exported(standard)
        #expect(reporters(in: text(entries["index.html"])) == standard.scripts)
        #expect(reporters(in: text(entries["basics/first/index.html"])) == standard.scripts)
        let published = entries.keys.filter { $0.hasPrefix("assets/report") }.count
        #expect(published == standard.scripts.count)
    }

    @Test func scorm2004ManifestHasTheFourthEditionSchemaThresholdAndPassingScore() throws {
        let (export, entries) = try exported(.scorm2004, ["course.yaml": "title: Test course\npass_mark: 65\n"] + packages.typedQuiz(2))
        let manifest = try ManifestReader(try #require(entries["imsmanifest.xml"]))
        #expect(export.package?.fileName == "test-course-scorm2004.zip")
        #expect(manifest.text["schemaversion"] == "2004 4th Edition")
        #expect(manifest.attributes["manifest"]?["xmlns"] == "http://www.imsglobal.org/xsd/imscp_v1p1")
        #expect(manifest.attributes["manifest"]?["xmlns:adlcp"] == "http://www.adlnet.org/xsd/adlcp_v1p3")
        #expect(manifest.attributes["resource"]?["adlcp:scormType"] == "sco")
        #expect(manifest.attributes["adlcp:completionThreshold"]?["minProgressMeasure"] == "1.0")
        #expect(manifest.attributes["imsss:primaryObjective"]?["satisfiedByMeasure"] == "true")
        #expect(manifest.text["imsss:minNormalizedMeasure"] == "0.65")
        #expect(Set(manifest.files) == Set(entries.keys).subtracting(["imsmanifest.xml"]))
        // The whole snapshot fits in 64,000 characters, not only 4096.
        #expect(export.largestAttempt.map { $0.total < 64_000 } == true)
    }

    @Test func aCourseWithoutGradedQuizzesHasNoPassingScore() throws {
        let (_, entries) = try exported(.scorm2004)
        let manifest = try ManifestReader(try #require(entries["imsmanifest.xml"]))
        #expect(manifest.count(of: "imsss:minNormalizedMeasure") == 0)
        let (_, cmi5) = try exported(.cmi5)
        let structure = try ManifestReader(try #require(cmi5["cmi5.xml"]))
        #expect(structure.attributes["au"]?["moveOn"] == "Completed")
        #expect(structure.attributes["au"]?["masteryScore"] == nil)
    }

    @Test func aQuizTooBigForSCORM12FitsSCORM2004() throws {
        // Twenty typed answers cannot be kept in 4096 characters; they can in 64,000.
        let (export, _) = try exported(.scorm2004, packages.typedQuiz(20))
        #expect(export.build.succeeded)
    }

    @Test func tinCanNamesTheCourseActivityAndItsLaunchPage() throws {
        let (export, entries) = try exported(.xapi, ["course.yaml": "title: \"Calm & clear\"\nid: calm\nlanguage: de\n"])
        #expect(export.package?.fileName == "calm-xapi.zip")
        let manifest = try ManifestReader(try #require(entries["tincan.xml"]))
        #expect(manifest.attributes["activity"]?["id"] == "urn:parley:course:calm/")
        #expect(manifest.attributes["activity"]?["type"] == "http://adlnet.gov/expapi/activities/course")
        #expect(manifest.text["name"] == "Calm & clear")
        #expect(manifest.attributes["launch"]?["lang"] == "de")
        #expect(manifest.text["launch"] == "index.html")
        #expect(entries["imsmanifest.xml"] == nil)
        // The pages know the same IRI, for statements launched without activity_id.
        let outline = try #require(entries.first { $0.key.hasPrefix("assets/course-outline.") }?.value)
        #expect(text(outline).contains("\"activity\":\"urn:parley:course:calm/\""))
    }

    @Test func theActivityIRIIsTheBaseURLOrTheOneGiven() throws {
        let (_, byBase) = try exported(.xapi, ["course.yaml": "title: T\nbase_url: https://learn.example.org/calm\n"])
        #expect(try ManifestReader(try #require(byBase["tincan.xml"])).attributes["activity"]?["id"] == "https://learn.example.org/calm/")
        let (_, given) = try exported(.cmi5, activityID: "https://lms.example.org/c/42")
        let structure = try ManifestReader(try #require(given["cmi5.xml"]))
        #expect(structure.attributes["course"]?["id"] == "https://lms.example.org/c/42")
        #expect(structure.attributes["au"]?["id"] == "https://lms.example.org/c/42#au")
        #expect(Reporting.isActivityID("urn:parley:course:x/"))
        #expect(!Reporting.isActivityID("not an iri"))
        #expect(!Reporting.isActivityID("/relative/path"))
        #expect(!Reporting.isActivityID("https://example.org/a b"))
    }

    @Test func cmi5HasOneAUWithMoveOnAndTheMasteryScoreFromThePassMark() throws {
        let (export, entries) = try exported(.cmi5, ["course.yaml": "title: Test course\npass_mark: 75\n"] + packages.typedQuiz(2))
        #expect(export.package?.fileName == "test-course-cmi5.zip")
        let structure = try ManifestReader(try #require(entries["cmi5.xml"]))
        #expect(structure.attributes["courseStructure"]?["xmlns"] == "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd")
        #expect(structure.count(of: "au") == 1)
        #expect(structure.attributes["au"]?["moveOn"] == "CompletedAndPassed")
        #expect(structure.attributes["au"]?["masteryScore"] == "0.75")
        #expect(structure.attributes["au"]?["launchMethod"] == "AnyWindow")
        #expect(structure.text["url"] == "index.html")
        #expect(structure.count(of: "langstring") == 4)
    }

    @Test func passMarksAreNormalizedMeasures() {
        #expect(SCORM2004Manifest.decimal(80) == "0.8")
        #expect(SCORM2004Manifest.decimal(65) == "0.65")
        #expect(SCORM2004Manifest.decimal(5) == "0.05")
        #expect(SCORM2004Manifest.decimal(100) == "1.0")
        #expect(SCORM2004Manifest.decimal(0) == "0.0")
    }
}

private func + (left: [String: String], right: [String: String]) -> [String: String] {
    left.merging(right) { $1 }
}
