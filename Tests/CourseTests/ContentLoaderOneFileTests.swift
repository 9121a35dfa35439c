import Course
import Kinds
import Site
import Testing

@Suite struct ContentLoaderOneFileTests {
    let loader = ContentLoader(kinds: Kinds.all.content)
    let config = CourseConfig(title: "T")

    @Test func aPageIsPlacedAsTheFolderScanPlacesIt() throws {
        let lesson = Array("---\ntitle: Tone\n---\nText\n".utf8)
        let inModule = try #require(loader.loadPage(lesson, at: "01-basics/02-tone.md", config: config).0)
        #expect(inModule.identifier == "basics/tone")
        #expect(loader.loadPage(lesson, at: "01-basics/index.md", config: config).0?.kind == "module")
        #expect(loader.loadPage(lesson, at: "faq.md", config: config).0?.identifier == "faq")
        #expect(SiteLayout(loader.course(holding: inModule, config: config)).path(of: inModule) == "basics/tone/")
    }

    @Test func diagnosticsNameTheFileUnderTheDisplayRoot() {
        let (_, diagnostics) = loader.loadPage(Array("---\nduration: ten\n---\n".utf8), at: "01-basics/02-tone.md", config: config)
        #expect(diagnostics.map(\.file) == ["content/01-basics/02-tone.md", "content/01-basics/02-tone.md"])
    }

    @Test func courseSettingsAreReadFromBytes() {
        let (config, diagnostics) = ContentLoader.readConfig(Array("title: T\npass_mark: 70\n".utf8), file: "content/course.yaml")
        #expect(config.title == "T")
        #expect(config.passMark == 70)
        #expect(diagnostics.isEmpty)
    }

    @Test func aCourseHoldingOnePageKeepsItsPlace() throws {
        let lesson = Array("---\ntitle: Tone\n---\nText\n".utf8)
        let modulePage = try #require(loader.loadPage(lesson, at: "01-basics/02-tone.md", config: config).0)
        let inModule = loader.course(holding: modulePage, config: config)
        #expect(inModule.modules.map(\.title) == ["Basics"])
        #expect(inModule.modules.first?.pages.map(\.identifier) == ["basics/tone"])
        let topLevel = loader.course(holding: try #require(loader.loadPage(lesson, at: "faq.md", config: config).0), config: config)
        #expect(topLevel.modules.isEmpty)
        #expect(topLevel.pages.map(\.identifier) == ["faq"])
    }
}

@Suite struct CourseSettingsEncodingTests {
    /// Found by fuzzing: the diagnostic had no line, though a page's says where the bad byte is.
    @Test func courseSettingsThatAreNotUTF8AreReportedAtTheBadByte() {
        let (config, diagnostics) = ContentLoader.readConfig([UInt8]("title: A\ntitle2: caf".utf8) + [0xE9, 0x0A], file: "content/course.yaml")
        #expect(config.title == "Untitled course")
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics.map(\.column) == [12])
    }
}
