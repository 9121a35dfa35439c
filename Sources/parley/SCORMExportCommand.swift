import ArgumentParser
import Foundation
import Site

struct SCORMExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorm",
        abstract: "Build a SCORM 1.2 zip that reports completion and score to an LMS.",
        discussion: "The course is checked first; on errors nothing is written.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Folder to write the zip to.")
    var output = "dist"

    func run() throws {
        let export = try Report.outcome(of: { try options.build(output: output).exportSCORM() }, build: \.build,
                                        timings: options.timings,
                                        failure: "export failed: could not write the package; nothing written")
        guard let package = export.package, let path = export.path else {
            Report.fail("export failed: \(Report.counts(export.build.diagnostics)); nothing written")
            throw ExitCode.failure
        }
        let size = ByteCountFormatter.string(fromByteCount: Int64(package.data.count), countStyle: .file)
        print("wrote \(path) (\(size), \(package.manifest.files.count) files; \(Report.counts(export.build.diagnostics)))")
        if let largest = export.largestAttempt {
            print("the LMS keeps progress in \(largest.total) of \(SuspendData.limit) characters at most, with an attempt at \(largest.state.quizID) under way")
        }
    }
}
