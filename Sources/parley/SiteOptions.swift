import ArgumentParser
import Kinds
import Site

/// Options shared by the commands that read a course.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Folder with course.yaml and the modules.")
    var source = "content"

    @Option(name: .long, help: "Folder with the themes (default: themes/ beside the source folder).")
    var themes: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published at (overrides course.yaml).")
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked `draft: true`.")
    var drafts = false

    @Flag(name: .long, help: "Print how long each stage took.")
    var timings = false

    func build(output: String) -> Build {
        var build = Build(kinds: Kinds.all, source: source, output: output)
        build.themes = themes
        build.baseURL = baseURL
        build.includesDrafts = drafts
        build.progress = Report.progressLine()
        return build
    }
}
