import ArgumentParser
import Dispatch
import Site

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: "On errors nothing is written and the previous site stays as it was.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Folder to write the site to.")
    var output = "public"

    func run() throws {
        let start = DispatchTime.now()
        let result = try Report.outcome(of: { try options.build(output: output).run() }, build: { $0 }, timings: options.timings,
                                        failure: "build failed: could not write the site; \(output)/ left unchanged")
        guard result.succeeded else {
            Report.fail("build failed: \(Report.counts(result.diagnostics)); \(output)/ left unchanged")
            throw ExitCode.failure
        }
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        print("built \(result.pageCount) pages into \(output)/ in \(milliseconds) ms (\(Report.counts(result.diagnostics)))")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the course and print every problem, without writing anything.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        let result = try Report.outcome(of: { try options.build(output: "public").checkOnly() }, build: { $0 }, timings: options.timings)
        guard result.succeeded else {
            let files = result.course.map { " in \($0.allPages.count) pages read" } ?? ""
            Report.fail("check failed: \(Report.counts(result.diagnostics))\(files)")
            throw ExitCode.failure
        }
        print("checked \(result.pageCount) pages: \(Report.counts(result.diagnostics))")
    }
}
