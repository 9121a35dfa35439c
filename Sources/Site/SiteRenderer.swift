import CommonMark
import Course
import Foundation

/// Renders a checked course with a theme into the files of the site, in memory, on every
/// core. It reads nothing but the theme it was given and writes nothing.
public struct SiteRenderer: Sendable {
    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    public func render(_ course: Course) -> [OutputFile] {
        let site = SiteContext(course: course, theme: theme)
        let entries = site.entries
        var files = entries.parallelMap { entry in
            OutputFile(path: entry.page.path + "index.html", text: render(entry, site: site))
        }
        files.append(OutputFile(path: "index.html", text: theme.render("home", site.homeContext())))
        files.append(OutputFile(path: "404.html", text: theme.render("404", site.notFoundContext())))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(baseURL: course.config.baseURL, paths: [""] + entries.map(\.page.path))))
        for asset in site.assets {
            files.append(OutputFile(path: "assets/" + asset.hashedName, contents: .bytes(asset.data)))
        }
        for file in course.files {
            files.append(OutputFile(path: site.outputPath(ofFile: file), contents: .copy(course.root + "/" + file)))
        }
        return files
    }

    private func render(_ entry: SiteContext.Entry, site: SiteContext) -> String {
        let page = entry.page
        rewriteLinks(of: page, site: site)
        let allowsRawHTML = site.course.config.allowsRawHTML
        var body = ""
        for quiz in page.quizzes {
            let context = QuizContext(
                quiz: quiz, courseTitle: site.course.config.title,
                passMark: page.passMark ?? site.course.config.passMark,
                isShuffled: page.isShuffled, isGraded: !quiz.isInline && page.isGraded, allowsRawHTML: allowsRawHTML)
            let html = theme.render("quiz", context.make())
            if let placeholder = quiz.placeholder {
                placeholder.setOnEnter(html)
            } else {
                body += Node.renderHTML(quiz.intro, allowRawHTML: allowsRawHTML) + html
            }
        }
        if let scenario = page.scenario {
            body = theme.render("scenario", ScenarioContext(scenario: scenario, allowsRawHTML: allowsRawHTML).make())
        } else if page.kind != .quiz {
            body = page.document.renderHTML(allowRawHTML: allowsRawHTML)
        }
        let template = page.kind == .module ? "module" : "page"
        return theme.render(template, site.pageContext(entry, body: body))
    }

    /// Points links to other Markdown files and to files beside the lessons at their
    /// published place, relative to this page.
    private func rewriteLinks(of page: Page, site: SiteContext) {
        for link in page.links {
            switch link.target {
            case .page(let source, let anchor):
                guard let target = site.pathsBySource[source] else { continue }
                let fragment = anchor.map { $0.isEmpty ? "" : "#" + $0 } ?? ""
                link.node.url = SitePath.relative(from: page.path, to: target) + fragment
            case .file(let source):
                link.node.url = SitePath.relative(from: page.path, to: site.outputPath(ofFile: source))
            case .anchor, .external:
                continue
            }
        }
    }
}
