import Foundation

/// Writes a built site: into a staging folder beside the output, then swapped in, so a
/// failed or interrupted build never leaves a half-written or empty site behind.
///
/// The site replaced by a swap is kept as a hidden spare beside the output, and the next
/// build writes into it: its folders already exist and its unchanged files are left as
/// they are, which is most of the cost of writing thousands of pages. The price is one
/// extra copy of the site on disk. See `Session`.
public struct OutputWriter: Sendable {
    public enum Failure: Error, Sendable, CustomStringConvertible {
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

    /// Starts writing a site into `output`; pages can then be handed over one by one, from
    /// any thread, as they are rendered. Refuses early when `output` is not a site.
    public func begin(_ output: String) throws -> Session {
        try Session(output: output)
    }

    /// Writes a whole site at once, on every core.
    public func write(_ files: [OutputFile], to output: String) throws {
        let session = try begin(output)
        let failures = files.parallelMap { file -> Failure? in
            do {
                try session.write(file)
                return nil
            } catch let failure as Failure {
                return failure
            } catch {
                return .cannotWrite(output + "/" + file.path, "\(error)")
            }
        }
        do {
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            try session.commit()
        } catch {
            session.abort()
            throw error
        }
    }
}
