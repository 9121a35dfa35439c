@testable import Course
import Testing

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithLineNumbers() {
        let (parts, problem) = FrontMatter.split("---\ntitle: A\nduration: 5\n---\n\n# Body\n", file: "a.md")
        #expect(problem == nil)
        #expect(parts.yaml == "title: A\nduration: 5")
        #expect(parts.yamlLine == 2)
        #expect(parts.bodyLine == 5)
        #expect(parts.body == "\n# Body\n")
    }

    @Test func handlesWindowsLineEndings() {
        let (parts, problem) = FrontMatter.split("---\r\ntitle: A\r\n---\r\nBody\r\n", file: "a.md")
        #expect(problem == nil)
        #expect(parts.yaml == "title: A")
        #expect(parts.bodyLine == 4)
    }

    @Test func fileWithoutFrontMatterIsAllBody() {
        let (parts, problem) = FrontMatter.split("# Just text\n", file: "a.md")
        #expect(problem == nil)
        #expect(parts.yaml == nil)
        #expect(parts.bodyLine == 1)
    }

    @Test func unclosedFrontMatterIsReportedOnLineOne() {
        let (_, problem) = FrontMatter.split("---\ntitle: A\n\nBody\n", file: "a.md")
        #expect(problem?.line == 1)
        #expect(problem?.message == "front matter is not closed")
    }
}

@Suite struct SlugTests {
    @Test func headingIDsFollowGitHub() {
        #expect(Slug.heading("Saying no kindly") == "saying-no-kindly")
        #expect(Slug.heading("What's \"fair\"? A 3-step guide!") == "whats-fair-a-3-step-guide")
        #expect(Slug.heading("Ça va") == "ça-va")
    }

    @Test func repeatedHeadingsGetNumberedIDs() {
        var ids = HeadingIDs()
        #expect(["Example", "Example", "Example"].map { ids.id(for: $0) } == ["example", "example-1", "example-2"])
    }

    @Test func fileNamesLoseTheirOrderPrefix() {
        #expect(Slug.fileName("02-Naming_it.md") == "naming-it")
        #expect(Slug.fileName("01-active-listening") == "active-listening")
        #expect(Slug.fileName("faq.md") == "faq")
        #expect(Slug.orderPrefix("10-x.md") == 10)
        #expect(Slug.orderPrefix("2024.md") == nil)
        #expect(Slug.title(fromFileName: "03-staying-calm") == "Staying calm")
    }

    @Test func relativeLinksResolveInsideContent() {
        #expect(ContentPath.resolve("02-b.md", from: "01-m/01-a.md") == "01-m/02-b.md")
        #expect(ContentPath.resolve("../02-n/x.md", from: "01-m/01-a.md") == "02-n/x.md")
        #expect(ContentPath.resolve("../../x.md", from: "01-m/01-a.md") == nil)
    }
}

@Suite struct TypographyTests {
    @Test func frontMatterTextGetsSmartPunctuation() {
        #expect(Typography.smart("The customer's \"third\" call -- again...") == "The customer’s “third” call – again…")
        #expect(Typography.smart("'Quoted' --- twice") == "‘Quoted’ — twice")
        #expect(Typography.smart("<em>tags</em> stay text") == "<em>tags</em> stay text")
        #expect(Typography.smart("Café's 90's. 'Ok,' she said.") == "Café’s 90’s. ‘Ok,’ she said.")
        #expect(Typography.smart("Cafe\u{301}'s menu") == "Cafe\u{301}’s menu")
        #expect(Typography.smart("a-b -- c .. d") == "a-b – c .. d")
        #expect(Typography.smart("日本語 'x'") == "日本語 ‘x’")
    }
}

@Suite struct TrimmingTests {
    @Test func trimsSpacesAndTabsButNotLineBreaks() {
        #expect(" \t text here \u{A0}".trimmingSpaces() == "text here")
        #expect("\ntext\n".trimmingSpaces() == "\ntext\n")
        #expect("   ".trimmingSpaces() == "")
        #expect("a".trimmingSpaces() == "a")
    }
}
