import ArgumentParser
import Foundation
import Site

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Package the course for an LMS or a learning record store.",
        subcommands: [SCORMExport.self, SCORM2004Export.self, XAPIExport.self, CMI5Export.self])
}

/// What every export takes: the site's options and where to write the zip.
struct PackageOptions: ParsableArguments {
    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Folder to write the zip to.")
    var output = "dist"

    /// Checks and packages the course; prints what was written, or fails with the counts.
    func export(_ standard: Reporting.Standard, activityID: String? = nil) throws {
        if let activityID, !Reporting.isActivityID(activityID) {
            Report.fail("error: --activity-id must be an absolute IRI, e.g. https://learning.example.org/courses/de-escalation/ (got '\(activityID)')")
            throw ExitCode.validationFailure
        }
        let export = try Report.outcome(of: { try site.build(output: output).export(standard, activityID: activityID) }, build: \.build,
                                        timings: site.timings,
                                        failure: "export failed: could not write the package; nothing written")
        guard let package = export.package, let path = export.path else {
            Report.fail("export failed: \(Report.counts(export.build.diagnostics)); nothing written")
            throw ExitCode.failure
        }
        let size = ByteCountFormatter.string(fromByteCount: Int64(package.data.count), countStyle: .file)
        print("wrote \(path) (\(size), \(package.fileCount) files; \(Report.counts(export.build.diagnostics)))")
        if let largest = export.largestAttempt, let limit = standard.suspendLimit {
            print("the LMS keeps progress in \(largest.total) of \(limit) characters at most, with an attempt at \(largest.state.quizID) under way")
        }
    }
}

struct SCORMExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorm",
        abstract: "Build a SCORM 1.2 zip that reports completion, score and answers to an LMS.",
        discussion: "The course is checked first; on errors nothing is written.",
        aliases: ["scorm12"])

    @OptionGroup var options: PackageOptions

    func run() throws { try options.export(.scorm12) }
}

struct SCORM2004Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorm2004",
        abstract: "Build a SCORM 2004 (4th edition) zip: completion and success apart, scaled score, answers, resume.",
        discussion: "The course is checked first; on errors nothing is written.")

    @OptionGroup var options: PackageOptions

    func run() throws { try options.export(.scorm2004) }
}

struct XAPIExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xapi",
        abstract: "Build an xAPI (Tin Can) zip that sends statements to a learning record store.",
        discussion: "The LMS launches index.html with endpoint, auth, actor, registration and activity_id. The course is checked first; on errors nothing is written.")

    @OptionGroup var options: PackageOptions

    @Option(name: .long, help: "The course's activity IRI (default: base_url, else urn:parley:course:<id>/).")
    var activityID: String?

    func run() throws { try options.export(.xapi, activityID: activityID) }
}

struct CMI5Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cmi5",
        abstract: "Build a cmi5 course package: the course as one assignable unit.",
        discussion: "moveOn is CompletedAndPassed with the pass mark as mastery score (Completed when no quiz is graded). The course is checked first; on errors nothing is written.")

    @OptionGroup var options: PackageOptions

    @Option(name: .long, help: "The course's IRI (default: base_url, else urn:parley:course:<id>/); the AU is <IRI>#au.")
    var activityID: String?

    func run() throws { try options.export(.cmi5, activityID: activityID) }
}
