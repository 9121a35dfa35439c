import CourseFixtures
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The command line as an author meets it: exit codes, the summary lines, help.
@Suite(.serialized) struct CommandLineTests {
    let themes = ["--themes", TemporaryCourse.themes]

    @Test func helpListsEveryCommand() throws {
        let output = try ParleyProcess.run(["--help"])
        #expect(output.status == 0)
        for command in ["build", "check", "serve", "new", "export"] {
            #expect(output.standardOutput.contains("  \(command)"), "\(command) missing from --help")
        }
    }

    @Test func versionPrintsAVersion() throws {
        let output = try ParleyProcess.run(["--version"])
        #expect(output.status == 0)
        #expect(output.standardOutput.split(separator: ".").count == 3)
    }

    @Test func anUnknownOptionIsAUsageError() throws {
        let output = try ParleyProcess.run(["build", "--no-such-option"])
        #expect(output.status == 64)
        #expect(output.standardError.contains("Unknown option '--no-such-option'"))
    }

    @Test func aCleanBuildSaysWhatItWrote() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let output = try ParleyProcess.run(["build", "--source", course.content, "--output", course.output] + themes)
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.hasPrefix("built "))
        #expect(output.standardOutput.contains("pages into \(course.output)/ in "))
        #expect(course.built("index.html") != nil)
    }

    @Test func aBrokenCourseFailsTheBuildAndLeavesTheSiteAsItWas() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        #expect(try ParleyProcess.run(["build", "--source", course.content, "--output", course.output] + themes).status == 0)
        let before = course.built("basics/first/index.html")
        try course.write("01-basics/01-first.md", "---\ntitle: First lesson\nduration: ten\n---\n\nChanged.\n")
        let output = try ParleyProcess.run(["build", "--source", course.content, "--output", course.output] + themes)
        #expect(output.status == 1)
        #expect(output.standardError.contains("/01-basics/01-first.md:3:11: error: 'duration' must be a whole number of minutes (found 'ten')\n  hint: write digits"))
        #expect(output.standardError.hasSuffix("build failed: 1 error, 0 warnings; \(course.output)/ left unchanged\n"))
        #expect(course.built("basics/first/index.html") == before)
    }

    @Test func aFailedCheckSaysSoAndHowManyPagesItRead() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/03-x.md": "---\ntitle: X\n---\n\n[gone](nowhere.md)\n"]) { $1 })
        let output = try ParleyProcess.run(["check", "--source", course.content] + themes)
        #expect(output.status == 1)
        #expect(output.standardError.hasSuffix("check failed: 1 error, 0 warnings in 4 pages read\n"), "\(output.standardError)")
        #expect(!output.standardOutput.contains("checked 0 pages"))
    }

    @Test func aSiteThatCannotBeWrittenEndsWithTheSameSummary() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let blocker = course.folder.appendingPathComponent("a-file").path
        try "not a folder".write(toFile: blocker, atomically: true, encoding: .utf8)
        let output = try ParleyProcess.run(["build", "--source", course.content, "--output", blocker + "/public"] + themes)
        #expect(output.status == 1)
        #expect(output.standardError.contains("error: cannot write"))
        #expect(output.standardError.hasSuffix("build failed: could not write the site; \(blocker)/public/ left unchanged\n"))
    }

    @Test func eachExportSaysWhatItWroteAndSCORMHowMuchProgressItKeeps() throws {
        let quiz = "---\ntype: quiz\ntitle: Final\n---\n\n## Question?\n\n- = answer\n"
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/09-final.md": quiz]) { $1 })
        let dist = course.folder.appendingPathComponent("dist").path
        for (command, limit) in [("scorm", "4096"), ("scorm12", "4096"), ("scorm2004", "64000"), ("xapi", nil), ("cmi5", nil)] as [(String, String?)] {
            let output = try ParleyProcess.run(["export", command, "--source", course.content, "--output", dist] + themes)
            #expect(output.status == 0, "\(command): \(output.standardError)")
            let standard = command == "scorm" ? "scorm12" : command
            #expect(output.standardOutput.hasPrefix("wrote \(dist)/test-course-\(standard).zip ("), "\(output.standardOutput)")
            #expect(FileManager.default.fileExists(atPath: "\(dist)/test-course-\(standard).zip"))
            // SCORM keeps progress in a limited field; xAPI and cmi5 in a State API document.
            if let limit {
                #expect(output.standardOutput.contains(" characters at most, with an attempt at basics/final under way"))
                #expect(output.standardOutput.contains(" of \(limit) characters"))
            } else {
                #expect(!output.standardOutput.contains("characters at most"))
            }
        }
    }

    @Test func anActivityIDThatIsNotAnIRIIsAUsageError() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        let dist = course.folder.appendingPathComponent("dist").path
        let output = try ParleyProcess.run(["export", "xapi", "--activity-id", "my course", "--source", course.content, "--output", dist] + themes)
        #expect(output.status == 64)
        #expect(output.standardError.contains("error: --activity-id must be an absolute IRI, e.g. https://learning.example.org/courses/de-escalation/ (got 'my course')"))
        #expect(!FileManager.default.fileExists(atPath: dist))
    }

    // MARK: Permissions (an author's account, not root, cannot read some files)

    /// Runs `check` on a course readable by all but for what `prepare` locks, as an author
    /// would: as `nobody` when the tests run as root, who may read anything.
    func checkAsAnAuthor(_ prepare: (TemporaryCourse) throws -> Void) throws -> ParleyProcess.Output {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["01-basics/img/chart.png": "PNG", "02-more/index.md": "---\ntitle: More\n---\n"]) { $1 })
        let isRoot = geteuid() == 0
        var themes = TemporaryCourse.themes
        if isRoot {
            // The repository may sit where only root can go: give `nobody` its own copy.
            themes = course.folder.appendingPathComponent("themes").path
            try FileManager.default.copyItem(atPath: TemporaryCourse.themes, toPath: themes)
            try FileManager.default.copyItem(atPath: ParleyProcess.binary, toPath: course.folder.appendingPathComponent("parley").path)
            let walker = FileManager.default.enumerator(atPath: course.folder.path)
            while let path = walker?.nextObject() as? String { chmod(course.folder.path + "/" + path, 0o755) }
            chmod(course.folder.path, 0o755)
        }
        try prepare(course)
        let arguments = ["check", "--source", course.content, "--themes", themes]
        return try ParleyProcess.run(arguments, asUser: isRoot ? 65534 : nil,
                                     binary: isRoot ? course.folder.appendingPathComponent("parley").path : ParleyProcess.binary)
    }

    @Test func anUnreadableCourseYAMLIsNotCalledMissing() throws {
        let output = try checkAsAnAuthor({ chmod($0.content + "/course.yaml", 0o000) })
        #expect(output.status == 1)
        #expect(output.standardError.contains("/course.yaml: error: cannot read course.yaml: Permission denied"), "\(output.standardError)")
        #expect(!output.standardError.contains("missing course.yaml"))
    }

    @Test func anUnreadableModuleFolderIsNotCalledEmpty() throws {
        let output = try checkAsAnAuthor({ chmod($0.content + "/02-more", 0o000) })
        #expect(output.status == 1)
        #expect(output.standardError.contains("/02-more: error: cannot read this folder: Permission denied"), "\(output.standardError)")
        #expect(!output.standardError.contains("no index.md"))
    }

    @Test func anUnreadableImageFailsTheCheckAsItWouldFailTheBuild() throws {
        let output = try checkAsAnAuthor({ chmod($0.content + "/01-basics/img/chart.png", 0o000) })
        #expect(output.status == 1)
        #expect(output.standardError.contains("/01-basics/img/chart.png: error: cannot read this file: Permission denied"), "\(output.standardError)")
    }
}
