import Foundation

/// What `parley export scorm` did: the checked build, and the package it wrote if the
/// build had no errors.
public struct SCORMExport: Sendable {
    public var build: Build.Result
    public var package: SCORMPackage?
    /// Where the zip was written, e.g. `dist/de-escalation-scorm12.zip`.
    public var path: String?
    /// The graded quiz whose attempt can need the most of `cmi.suspend_data`, and how much
    /// with the course's progress.
    public var largestAttempt: (state: AttemptState, total: Int)?
}

extension Build {
    /// Checks the course in memory, then writes it as a SCORM 1.2 zip into the output
    /// folder. On errors nothing is written. Throws only for environment failures.
    public func exportSCORM() throws -> SCORMExport {
        var result = try check()
        guard let course = result.course else { return SCORMExport(build: result) }
        let (largest, problems) = SuspendData.check(course, kinds: kinds)
        result.diagnostics += problems
        guard result.succeeded else { return SCORMExport(build: result, largestAttempt: largest) }
        let package = try SCORMPackage.make(config: course.config, files: result.files)
        let path = try OutputWriter().writeFile(package.data, named: package.fileName, into: output)
        return SCORMExport(build: result, package: package, path: path, largestAttempt: largest)
    }
}
