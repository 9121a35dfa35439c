import Foundation

/// Writes a built site: into a staging folder beside the output, then swapped in, so a
/// failed or interrupted build never leaves a half-written or empty site behind.
public struct OutputWriter: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case notASite(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .notASite(let path):
                return "error: '\(path)' exists and is not a site parley built (no index.html); refusing to replace it"
            case .cannotWrite(let path, let reason):
                return "error: cannot write '\(path)': \(reason)"
            }
        }
    }

    public init() {}

    public func write(_ files: [OutputFile], to output: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        if manager.fileExists(atPath: target.path) {
            let existing = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard existing.isEmpty || existing.contains("index.html") else { throw Failure.notASite(output) }
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeAll(files, into: staging)
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: old)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: old, to: target)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch let failure as Failure {
            try? manager.removeItem(at: staging)
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw Failure.cannotWrite(output, error.localizedDescription)
        }
    }

    private func writeAll(_ files: [OutputFile], into folder: URL) throws {
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
        for path in folders.sorted() {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        let failures = files.parallelMap { file -> String? in
            let destination = folder.appendingPathComponent(file.path)
            do {
                switch file.contents {
                case .bytes(let data):
                    try data.write(to: destination)
                case .copy(let source):
                    try FileManager.default.copyItem(atPath: source, toPath: destination.path)
                }
                return nil
            } catch {
                return "\(file.path): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw Failure.cannotWrite(folder.path, failure)
        }
    }
}
