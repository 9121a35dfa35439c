import Foundation

/// Writes a built site: into a staging folder beside the output, then swapped in, so a
/// failed or interrupted build never leaves a half-written or empty site behind. A file
/// whose bytes did not change since the last build is hard-linked from it, not rewritten.
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
        let parent = target.deletingLastPathComponent().path
        let name = target.lastPathComponent
        let hasPrevious = manager.fileExists(atPath: target.path)
        if hasPrevious {
            let existing = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard existing.isEmpty || existing.contains("index.html") else { throw Failure.notASite(output) }
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent + "/.\(name).staging-\(pid)"
        let old = parent + "/.\(name).old-\(pid)"
        do {
            FileSystem.removeTree(staging)
            try FileSystem.makeFolder(staging)
            try writeAll(files, into: staging, previous: hasPrevious ? target.path : nil)
            if hasPrevious {
                try manager.moveItem(atPath: target.path, toPath: old)
                do {
                    try manager.moveItem(atPath: staging, toPath: target.path)
                } catch {
                    try? manager.moveItem(atPath: old, toPath: target.path)
                    throw error
                }
                FileSystem.removeTree(old)
            } else {
                try manager.moveItem(atPath: staging, toPath: target.path)
            }
        } catch {
            FileSystem.removeTree(staging)
            throw Failure.cannotWrite(output, "\(error)")
        }
    }

    private func writeAll(_ files: [OutputFile], into folder: String, previous: String?) throws {
        var folders = Set<String>()
        for file in files {
            var path = Substring(file.path)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !folders.insert(String(path)).inserted { break }
            }
        }
        for path in folders.sorted() {
            try FileSystem.makeFolder(folder + "/" + path)
        }
        let failures = files.parallelMap { file -> String? in
            do {
                try write(file, to: folder + "/" + file.path, previous: previous.map { $0 + "/" + file.path })
                return nil
            } catch {
                return "\(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw Failure.cannotWrite(folder, failure)
        }
    }

    private func write(_ file: OutputFile, to destination: String, previous: String?) throws {
        let data: Data
        switch file.contents {
        case .bytes(let bytes):
            data = bytes
        case .copy(let source):
            guard let bytes = FileManager.default.contents(atPath: source) else {
                throw FileSystem.Failure(path: source, code: ENOENT)
            }
            data = bytes
        }
        if let previous, FileSystem.contents(of: previous, ifSize: data.count) == data, FileSystem.link(previous, as: destination) {
            return
        }
        try FileSystem.write(data, to: destination)
    }
}
