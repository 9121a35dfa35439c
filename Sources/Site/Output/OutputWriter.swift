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
        let failures = FirstFailure()
        _ = files.parallelMap { file in failures.run { try session.write(file) } }
        do {
            try failures.rethrow()
            try session.commit()
        } catch {
            session.abort()
            throw error
        }
    }
}
