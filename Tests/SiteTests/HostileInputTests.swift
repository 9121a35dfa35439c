import Kinds
import Course
import CourseFixtures
import Foundation
import Site
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A course folder assembled by several people, synced from a shared drive, built on a
/// machine that holds other secrets: nothing outside the course reaches the site, nothing
/// hangs, and `check` reports exactly the errors `build` stops on.
@Suite(.timeLimit(.minutes(1))) struct HostileInputTests {
    struct Outcome {
        var build: Build.Result
        var check: Build.Result
        var course: TemporaryCourse

        /// The errors as an author reads them, with the content folder called `content`.
        var errors: [String] {
            build.diagnostics.filter(\.isError).map { $0.description.replacingOccurrences(of: course.content, with: "content") }
        }

        /// Every file of the built site, relative to its root.
        var published: [String] {
            let root = course.output
            let found = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
            return found.filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
            }.sorted()
        }

        /// The bytes of every published file, for looking for a secret.
        var everything: String {
            published.compactMap { try? String(contentsOfFile: course.output + "/" + $0, encoding: .utf8) }.joined()
        }
    }

    /// Builds a course after `prepare` changed its folder, and checks it too.
    func outcome(_ changes: [String: String] = [:], prepare: (TemporaryCourse) throws -> Void = { _ in }) throws -> Outcome {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(changes) { $1 })
        try prepare(course)
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let built = try build.run()
        let checked = try build.checkOnly()
        // `check` finds every error a build stops on, and no other.
        #expect(checked.diagnostics == built.diagnostics)
        return Outcome(build: built, check: checked, course: course)
    }

    /// A file outside the content folder that must never be published.
    func secret(in course: TemporaryCourse) throws -> String {
        let path = course.folder.appendingPathComponent("secret.txt").path
        try "TOP SECRET".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func link(_ course: TemporaryCourse, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: course.content + "/" + path, withDestinationPath: target)
    }

    // MARK: Links out of the course

    @Test func aLinkToAFileOutsideIsAnErrorAndNothingIsPublished() throws {
        let result = try outcome { course in try link(course, "01-basics/passwd.txt", to: try secret(in: course)) }
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("content/01-basics/passwd.txt: error: symbolic link to '") == true)
        #expect(result.errors.first?.contains("which is outside the content folder") == true)
        #expect(result.published.isEmpty)
    }

    @Test func anLMSPackageNeverHoldsAFileFromOutside() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        try link(course, "01-basics/passwd.txt", to: try secret(in: course))
        var build = Build(kinds: Kinds.all, source: course.content, output: course.folder.appendingPathComponent("dist").path)
        build.themes = TemporaryCourse.themes
        let export = try build.exportSCORM()
        #expect(export.package == nil)
        #expect(export.build.diagnostics.filter(\.isError).count == 1)
        #expect(!FileManager.default.fileExists(atPath: build.output))
    }

    @Test func aLinkToAFolderOutsideIsNeverWalked() throws {
        let result = try outcome { course in
            let outside = course.folder.appendingPathComponent("outside").path
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            try "TOP SECRET".write(toFile: outside + "/notes.txt", atomically: true, encoding: .utf8)
            try link(course, "01-basics/img", to: outside)
            try link(course, "02-etc", to: "/etc")
        }
        #expect(result.errors.count == 2, "\(result.errors)")
        #expect(result.errors.allSatisfy { $0.contains("which is outside the content folder") })
        #expect(!result.everything.contains("TOP SECRET"))
    }

    @Test func aMarkdownLinkToAFileOutsideIsNotAPage() throws {
        let result = try outcome { course in
            let page = course.folder.appendingPathComponent("elsewhere.md").path
            try "---\ntitle: Stolen\n---\n\nTOP SECRET\n".write(toFile: page, atomically: true, encoding: .utf8)
            try link(course, "01-basics/03-stolen.md", to: page)
        }
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("content/01-basics/03-stolen.md: error: symbolic link") == true)
    }

    @Test func linksThatStayInsideTheCourseAreFine() throws {
        let result = try outcome(["01-basics/img/chart.png": "PNG"]) { course in
            try link(course, "01-basics/img/same-chart.png", to: "chart.png")
            try link(course, "01-basics/pictures", to: "img")
            try link(course, "01-basics/03-again.md", to: "02-second.md")
        }
        #expect(result.build.succeeded, "\(result.build.diagnostics)")
        #expect(result.published.contains("basics/img/same-chart.png"))
        #expect(result.published.contains("basics/pictures/chart.png"))
        // The linked lesson is a page of its own, under its own name.
        #expect(result.errors.isEmpty)
    }

    // MARK: Special files

    @Test func aFIFOIsAnErrorAndNeverReadFrom() throws {
        let result = try outcome { course in
            #expect(mkfifo(course.content + "/01-basics/pipe.txt", 0o644) == 0)
            #expect(mkfifo(course.content + "/01-basics/04-pipe.md", 0o644) == 0)
        }
        #expect(result.errors == [
            "content/01-basics/04-pipe.md: error: '04-pipe.md' is a named pipe (FIFO), not a file\n  hint: only files and folders can be part of a course; remove it from content/",
            "content/01-basics/pipe.txt: error: 'pipe.txt' is a named pipe (FIFO), not a file\n  hint: only files and folders can be part of a course; remove it from content/",
        ])
    }

    @Test func aSocketIsAnError() throws {
        let result = try outcome { course in try Self.makeSocket(at: course.content + "/01-basics/agent.sock") }
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.contains("'agent.sock' is a socket, not a file") == true)
    }

    @Test func eachSymbolicLinkLoopIsOneClearError() throws {
        let result = try outcome { course in
            try link(course, "01-basics/a.png", to: "b.png")
            try link(course, "01-basics/b.png", to: "a.png")
            try link(course, "01-basics/self.png", to: "self.png")
            try FileManager.default.createDirectory(atPath: course.content + "/01-basics/img", withIntermediateDirectories: true)
            try link(course, "01-basics/img/up", to: "..")
        }
        #expect(result.errors.count == 4, "\(result.errors)")
        #expect(result.errors.allSatisfy { $0.contains("symbolic link loop") })
        #expect(!result.errors.joined().contains("ELOOP"))
    }

    @Test func aLinkToNothingIsAnError() throws {
        let result = try outcome { course in try link(course, "01-basics/gone.png", to: "nowhere.png") }
        #expect(result.errors == ["content/01-basics/gone.png: error: symbolic link to 'nowhere.png', which does not exist\n  hint: remove the link, or point it at a file inside the content folder"])
    }

    // MARK: Files that would replace the site's own

    @Test func filesWhereTheSitePutsItsOwnPagesAreErrors() throws {
        let result = try outcome([
            "index.html": "<p>mine</p>",
            "sitemap.xml": "<urlset/>",
            "01-basics/quiz.md": "---\ntype: quiz\ntitle: Check\n---\n\n## Q?\n\n- [x] A\n- [ ] B\n",
            "01-basics/quiz/index.html": "<p>not the quiz</p>",
            "01-basics/first": "a file where a page's folder goes",
        ])
        #expect(result.errors == [
            "content/01-basics/first: error: this file would be published as basics/first, where the site needs a folder for the page made from content/01-basics/01-first.md\n  hint: rename or move the file",
            "content/01-basics/quiz/index.html: error: this file would be published as basics/quiz/index.html, which is the page made from content/01-basics/quiz.md\n  hint: rename or move the file; parley makes basics/quiz/index.html itself",
            "content/index.html: error: this file would be published as index.html, which is the home page\n  hint: rename or move the file; parley makes index.html itself",
            "content/sitemap.xml: error: this file would be published as sitemap.xml, which is the sitemap\n  hint: rename or move the file; parley makes sitemap.xml itself",
        ])
    }

    // MARK: Litter

    @Test func editorAndSystemLitterIsNeverPublished() throws {
        let result = try outcome([
            "01-basics/notes.md~": "backup",
            "01-basics/.#01-first.md": "lock",
            "01-basics/01-first.md.swp": "swap",
            "01-basics/img/.DS_Store": "finder",
            "01-basics/img/Thumbs.db": "explorer",
            "01-basics/img/chart.png": "PNG",
            ".hidden/secret.txt": "hidden",
        ])
        #expect(result.build.succeeded, "\(result.build.diagnostics)")
        #expect(result.published.filter { !$0.hasSuffix(".html") && !$0.hasPrefix("assets/") } == ["basics/img/chart.png", "sitemap.xml"])
    }

    // MARK: Text

    @Test func aNULByteIsAnErrorAtItsPlace() throws {
        let result = try outcome { course in
            try course.write("01-basics/03-nul.md", Data("---\ntitle: N\n---\n\nBefore\nab".utf8) + Data([0]) + Data("after\n".utf8))
        }
        #expect(result.errors == ["content/01-basics/03-nul.md:6:3: error: file contains a NUL byte (character 0)\n  hint: delete it: a NUL byte is usually left by a broken copy or a binary file saved as text"])
    }

    @Test func aNULWrittenAsAYAMLEscapeNeverReachesAPage() throws {
        let result = try outcome(["01-basics/03-x.md": "---\ntitle: \"Calm\\0down\"\nsummary: \"a\\x07b\"\n---\n\nText\n"])
        #expect(result.errors.count == 2, "\(result.errors)")
        #expect(result.errors.first?.hasPrefix("content/01-basics/03-x.md:2:8: error: 'title' contains the control character U+0000") == true)
        #expect(result.errors.last?.hasPrefix("content/01-basics/03-x.md:3:10: error: 'summary' contains the control character U+0007") == true)
    }

    @Test func faqTextCannotOpenOrCloseTheStructuredDataScript() throws {
        let result = try outcome(["faq.md": "---\ntype: faq\ntitle: FAQ\n---\n\n## Why `<!--<script>` here?\n\nBecause `</script><b>` & more.\n"])
        #expect(result.build.succeeded, "\(result.build.diagnostics)")
        let page = try #require(result.course.built("faq/index.html"))
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let data = page[start.upperBound...]
        let end = try #require(data.range(of: "</script>"))
        let json = data[..<end.lowerBound]
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains("Why \\u003c!--\\u003cscript\\u003e here?"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entries = parsed?["mainEntity"] as? [[String: Any]]
        #expect(entries?.first?["name"] as? String == "Why <!--<script> here?")
    }

    // MARK: Themes

    @Test func aThemeFileCannotLeadOutOfItsThemeOrHang() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["course.yaml": "title: T\ntheme: brand\n"]) { $1 })
        let themes = course.folder.appendingPathComponent("themes").path
        try FileManager.default.createDirectory(atPath: themes + "/brand/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: themes + "/default", withDestinationPath: TemporaryCourse.themes + "/default")
        try FileManager.default.createSymbolicLink(atPath: themes + "/brand/assets/leak.css", withDestinationPath: try secret(in: course))
        #expect(mkfifo(themes + "/brand/assets/pipe.css", 0o644) == 0)
        try "backup".write(toFile: themes + "/brand/assets/style.css~", atomically: true, encoding: .utf8)
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = themes
        let built = try build.run()
        #expect(try build.checkOnly().diagnostics == built.diagnostics)
        let errors = built.diagnostics.filter(\.isError).map { $0.description.replacingOccurrences(of: themes, with: "themes") }
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.first?.hasPrefix("themes/brand/assets/leak.css: error: symbolic link to '") == true)
        #expect(errors.first?.contains("which is outside the theme's folder") == true)
        #expect(errors.last?.hasPrefix("themes/brand/assets/pipe.css: error: 'pipe.css' is a named pipe (FIFO), not a file") == true)
    }

    @Test func aThemeNameIsAFolderNameNotAPath() throws {
        let result = try outcome(["course.yaml": "title: T\ntheme: ../../etc\n"])
        #expect(result.errors == ["content/course.yaml:2:1: error: 'theme' must be the name of a folder in themes/ (found '../../etc')\n  hint: write e.g. `theme: default`"])
    }

    // MARK: Helpers

    /// A Unix domain socket bound at `path` (the file stays after the socket is closed).
    static func makeSocket(at path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0, "bind \(path): \(String(cString: strerror(errno)))")
    }
}
