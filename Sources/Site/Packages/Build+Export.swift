import Foundation

/// What `parley export …` did: the checked build, and the package it wrote if the build
/// had no errors.
public struct PackageExport: Sendable {
    public var build: Build.Result
    public var package: CoursePackage?
    /// Where the zip was written, e.g. `dist/de-escalation-scorm12.zip`.
    public var path: String?
    /// For SCORM: the graded quiz whose attempt can need the most of `cmi.suspend_data`, and
    /// how much with the course's progress.
    public var largestAttempt: (state: AttemptState, total: Int)?
}

extension Build {
    /// Checks the course in memory with the reporter scripts of `standard`, then writes it
    /// as a package into the output folder. On errors nothing is written. `activityID`
    /// names the course in xAPI and cmi5 (by default its base URL, else a URN from its
    /// id). Throws only for environment failures.
    public func export(_ standard: Reporting.Standard, activityID: String? = nil) throws -> PackageExport {
        let reporting = Reporting(standard: standard, activityID: activityID)
        var build = self
        build.reporting = reporting
        var result = try build.check()
        guard let course = result.course else { return PackageExport(build: result) }
        let (largest, problems, graded) = SuspendData.check(course, kinds: kinds, limit: standard.suspendLimit)
        result.diagnostics += problems
        guard result.succeeded else { return PackageExport(build: result, largestAttempt: largest) }
        let package = try CoursePackage.make(reporting, config: course.config, files: result.files, gradedQuizzes: graded)
        let path = try OutputWriter().writeFile(package.data, named: package.fileName, into: output)
        return PackageExport(build: result, package: package, path: path, largestAttempt: largest)
    }

    /// `parley export scorm`: a SCORM 1.2 package.
    public func exportSCORM() throws -> PackageExport {
        try export(.scorm12)
    }
}
