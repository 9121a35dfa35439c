import Kinds
import Course
import CourseFixtures
import Foundation
import Site
import Testing
@testable import Site

@Suite struct BuildTests {
    func build(_ course: TemporaryCourse) throws -> Build.Result {
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        return try build.run()
    }

    func built(_ changes: [String: String] = [:]) throws -> TemporaryCourse {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(changes) { $1 })
        let result = try build(course)
        #expect(result.succeeded, "\(result.diagnostics)")
        return course
    }

    @Test func buildsHomeModuleAndLessonPages() throws {
        let course = try built()
        let home = try #require(course.built("index.html"))
        #expect(home.contains("<h1>Test course</h1>"))
        #expect(home.contains("href=\"basics/first/index.html\">First lesson</a>"))
        #expect(home.contains("About 12 min in all"))
        let lesson = try #require(course.built("basics/first/index.html"))
        #expect(lesson.contains("<h2 id=\"saying-no-kindly\">Saying no kindly</h2>"))
        #expect(lesson.contains("<li>Read a lesson</li>"))
        #expect(lesson.contains("<a href=\"#another-part\">Another part</a>"))
        #expect(lesson.contains("rel=\"next\""))
        #expect(lesson.contains("href=\"../index.html\">Basics</a>"))
        #expect(course.built("basics/index.html")?.contains("Welcome to the basics.") == true)
        #expect(course.built("404.html")?.contains("href=\"/c/index.html\"") == true)
    }

    @Test func pageWithoutDurationShowsNoneEvenInsideAModuleThatHasOne() throws {
        let course = try built(["01-basics/03-c.md": "---\ntitle: Untimed\n---\n"])
        let home = try #require(course.built("index.html"))
        #expect(home.contains("Untimed</a> <span class=\"meta\">Lesson</span>"))
        let module = try #require(course.built("basics/index.html"))
        #expect(module.components(separatedBy: "aria-current").count == 3)
    }

    @Test func linksToMarkdownFilesBecomeRelativePageLinksWithAnchors() throws {
        let course = try built()
        let lesson = try #require(course.built("basics/first/index.html"))
        #expect(lesson.contains("<a href=\"../second/index.html#why-it-works\">the second lesson</a>"))
    }

    @Test func linkToAFolderGoesToItsModulePage() throws {
        let course = try built(["01-basics/03-c.md": "---\ntitle: C\n---\n\n[Back to the module](./) or [home module](../01-basics/#top-of-module)\n",
                                "01-basics/index.md": "---\ntitle: Basics\n---\n\n## Top of module\n"])
        let page = try #require(course.built("basics/c/index.html"))
        #expect(page.contains("<a href=\"../index.html\">Back to the module</a>"))
        #expect(page.contains("<a href=\"../index.html#top-of-module\">home module</a>"))
    }

    @Test func rawHTMLIsKeptWhenAllowedAndNothingElseLeaks() throws {
        let course = try built(["course.yaml": "title: T\nunsafe_html: true\n",
                                "01-basics/03-raw.md": "---\ntitle: Raw\n---\n\nText <b>bold</b>.\n\n- one\n- two\n"])
        let page = try #require(course.built("basics/raw/index.html"))
        #expect(page.contains("<p>Text <b>bold</b>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>"))
        #expect(!page.contains("data-sourcepos"))
    }

    @Test func filesBesideLessonsAreCopiedAndLinked() throws {
        let course = try built([
            "01-basics/img/chart.png": "PNG",
            "01-basics/03-c.md": "---\ntitle: C\n---\n\n![A chart](img/chart.png)\n",
        ])
        #expect(course.built("basics/img/chart.png") == "PNG")
        #expect(course.built("basics/c/index.html")?.contains("<img src=\"../img/chart.png\" alt=\"A chart\" />") == true)
    }

    @Test func sitemapHasAbsoluteURLs() throws {
        let sitemap = try #require(try built().built("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://learning.acme.test/c/</loc>"))
        #expect(sitemap.contains("<loc>https://learning.acme.test/c/basics/second/</loc>"))
    }

    @Test func withoutABaseURLTheSiteHasNoAbsoluteURL() throws {
        let course = try built(["course.yaml": "title: Test course\ndescription: A course for tests.\n"])
        #expect(course.built("sitemap.xml") == nil)
        let lesson = try #require(course.built("basics/second/index.html"))
        #expect(!lesson.contains("rel=\"canonical\""))
        #expect(!lesson.contains("https://"))
        // The host's root is unknown: the 404 page links from the site's top folder.
        let notFound = try #require(course.built("404.html"))
        #expect(notFound.contains("href=\"basics/index.html\""))
        #expect(!notFound.contains("href=\"/"))
    }

    @Test func aPlaceholderBaseURLIsAWarning() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["course.yaml": "title: T\nbase_url: https://example.org/course/\n"]) { $1 })
        let warnings = try build(course).diagnostics.filter { !$0.isError }
        #expect(warnings.map(\.message) == ["'base_url' is a placeholder (example.org): sitemap.xml and canonical links would point there"])
        #expect(warnings.first?.line == 2)
        #expect(CourseConfig.placeholderHost("https://learning.example.com:8080/x/") == "learning.example.com")
        #expect(CourseConfig.placeholderHost("https://learning.acme.org/x/") == nil)
    }

    @Test func scriptInALessonIsNotOnThePage() throws {
        let course = try built(["01-basics/03-c.md": "---\ntitle: C\n---\n\n<script>alert('x')</script>\n\nHi <img src=x onerror=alert(1)>\n"])
        let page = try #require(course.built("basics/c/index.html"))
        #expect(!page.contains("alert("))
    }

    @Test func htmlInATitleIsShownAsText() throws {
        let course = try built(["01-basics/03-c.md": "---\ntitle: \"<em>Bold</em> & brave\"\n---\n"])
        let page = try #require(course.built("basics/c/index.html"))
        #expect(page.contains("<h1>&lt;em&gt;Bold&lt;/em&gt; &amp; brave</h1>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let course = try built()
        let first = try snapshot(course.output)
        _ = try build(course)
        #expect(try snapshot(course.output) == first)
        #expect(first.count > 5)
    }

    @Test func unchangedFilesAreKeptAndChangedOnesRewritten() throws {
        let course = try built()
        _ = try build(course)
        // The first site is now the spare, and the next build writes into it.
        let spare = course.folder.path + "/.public.parley-spare"
        let notFound = try identity(spare + "/404.html")
        let lesson = try identity(spare + "/basics/first/index.html")
        try course.write("01-basics/02-second.md", "---\ntitle: Second lesson, renamed\nduration: 7\n---\n\n## Why it works\n")
        _ = try build(course)
        // The first lesson links to the second by title, so it changed too; the 404 page did not.
        #expect(course.built("basics/first/index.html")?.contains("Second lesson, renamed") == true)
        #expect(try identity(course.output + "/404.html") == notFound)
        #expect(try identity(course.output + "/basics/first/index.html") != lesson)
    }

    /// Inode and modification time: the same only for a file that was not written again.
    func identity(_ path: String) throws -> [AnyHashable] {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return [attributes[.systemFileNumber] as? NSNumber, attributes[.modificationDate] as? Date]
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let course = try built()
        let before = try snapshot(course.output)
        try course.write("01-basics/03-bad.md", "---\ntitle: Bad\nduration: ten\n---\n")
        let result = try build(course)
        #expect(!result.succeeded)
        #expect(try snapshot(course.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: course.folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers == [])
    }

    @Test func neverWritesIntoTheContentFolder() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        var build = Build(kinds: Kinds.all, source: course.content, output: course.content + "/site")
        build.themes = TemporaryCourse.themes
        #expect(throws: OutputWriter.Failure.self) { try build.run() }
        #expect(!FileManager.default.fileExists(atPath: course.content + "/site"))
    }

    @Test func refusesToReplaceAFolderThatIsNotASite() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics)
        try FileManager.default.createDirectory(atPath: course.output, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: course.output + "/notes.txt"))
        #expect(throws: OutputWriter.Failure.self) { try build(course) }
        #expect(course.built("notes.txt") == "keep")
    }

    @Test func aThemeMayOverrideOneTemplateOfTheDefault() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["course.yaml": "title: T\ntheme: brand\n"]) { $1 })
        let themes = course.folder.appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: themes.appendingPathComponent("brand/templates"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: themes.appendingPathComponent("default").path,
                                                   withDestinationPath: TemporaryCourse.themes + "/default")
        try Data("{{<base}}{{$main}}<p class=\"brand-home\">{{site.title}}</p>{{/main}}{{/base}}".utf8)
            .write(to: themes.appendingPathComponent("brand/templates/home.mustache"))
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = themes.path
        let result = try build.run()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(course.built("index.html")?.contains("<p class=\"brand-home\">T</p>") == true)
        #expect(course.built("basics/first/index.html")?.contains("<h1>First lesson</h1>") == true)
    }

    @Test func missingThemeIsReported() throws {
        let course = try TemporaryCourse(TemporaryCourse.basics.merging(["course.yaml": "title: T\ntheme: nowhere\n"]) { $1 })
        var build = Build(kinds: Kinds.all, source: course.content, output: course.output)
        build.themes = TemporaryCourse.themes
        let result = try build.run()
        #expect(!result.succeeded)
        #expect(result.diagnostics.map(\.message) == ["theme 'nowhere' not found"])
        #expect(course.built("index.html") == nil)
    }

    @Test func logoIsPublishedAndShownInTheHeader() throws {
        let course = try built(["course.yaml": "title: T\nlogo: logo.svg\n", "logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"])
        #expect(course.built("logo.svg") != nil)
        #expect(course.built("basics/first/index.html")?.contains("<img src=\"../../logo.svg\" alt=\"\"") == true)
    }

    @Test func accentColourBecomesABrandStylesheet() throws {
        let course = try built(["course.yaml": "title: T\naccent_color: \"#224466\"\n"])
        let home = try #require(course.built("index.html"))
        let brand = try #require(home.range(of: "assets/brand.")).lowerBound
        let name = home[brand...].prefix { $0 != "\"" }
        #expect(course.built(String(name))?.contains("(prefers-color-scheme: light) {\n  :root { --accent: #224466; }") == true)
    }

    func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }
}

@Suite struct SearchIndexTests {
    @Test func postingListsAreBase36Gaps() {
        #expect(InvertedShard.deltaCoded([3, 5, 40]) == "3.2.z")
        #expect(InvertedShard.deltaCoded([0]) == "0")
    }

    @Test func htmlEscapingMatchesMustachesOwn() {
        #expect(HTML.escape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
        #expect(HTML.escape("plain “text” é") == "plain “text” é")
    }

    @Test func jsonStringsAreEscapedOnlyWhereNeeded() {
        #expect(JSON.string("plain words") == "\"plain words\"")
        #expect(JSON.string("say \"hi\"\n</script> \\ \u{2028}") == "\"say \\\"hi\\\"\\n\\u003c/script\\u003e \\\\ \\u2028\"")
        // Nothing can end the element a JSON block sits in, or open a comment that keeps it open.
        #expect(JSON.string("<!--<script> & more") == "\"\\u003c!--\\u003cscript\\u003e \\u0026 more\"")
        #expect(JSON.string("“curly” → ok") == "\"“curly” → ok\"")
    }

    @Test func wordsAreLowerCaseAndSkipCommonOnes() {
        #expect(Set(SearchIndex.words("The Refund, the REFUND and a Café-visit 2")) == ["café", "refund", "visit"])
    }
}

@Suite struct SitePathTests {
    @Test func linksBetweenPagesAreRelative() {
        #expect(SitePath.relative(from: "a/b/", to: "a/c/") == "../c/index.html")
        #expect(SitePath.relative(from: "a/b/", to: "") == "../../index.html")
        #expect(SitePath.relative(from: "", to: "a/") == "a/index.html")
        #expect(SitePath.relative(from: "a/", to: "a/b/") == "b/index.html")
        #expect(SitePath.relative(from: "a/bc/", to: "a/b/x.png") == "../b/x.png")
        #expect(SitePath.relative(from: "a/b/", to: "a/b/") == "index.html")
        #expect(SitePath.relative(from: "a/b", to: "a/b/x.png") == "x.png")
        #expect(SitePath.relative(from: "ä/b/", to: "ä/c/") == "../c/index.html")
        #expect(SitePath.relative(from: "x/y/", to: "assets/s.css") == "../../assets/s.css")
        #expect(SitePath.relative(from: "a/b/", to: "a/img/x.png") == "../img/x.png")
        #expect(SitePath.relative(from: "a/b/", to: "assets/s.css") == "../../assets/s.css")
        #expect(SitePath.root(from: "a/b/") == "../../")
    }
}
