import Foundation
import Testing

/// The `parley` executable of this build, run as an author runs it.
struct ParleyProcess {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// `.build/debug/parley` beside the tests, or `PARLEY_BINARY`.
    static let binary: String = ProcessInfo.processInfo.environment["PARLEY_BINARY"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/parley").path

    /// Runs parley with `arguments`; `user` runs it as another user (through `setpriv`),
    /// for what root may do and an author may not (read a file without permission).
    static func run(_ arguments: [String], in folder: String? = nil, asUser user: Int? = nil, binary: String = binary) throws -> Output {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }
}
