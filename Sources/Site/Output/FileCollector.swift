import Foundation

/// Gathers files handed over from many threads at once.
final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [OutputFile] = []

    @Sendable func add(_ file: OutputFile) {
        lock.withLock { files.append(file) }
    }

    /// The files by path, so the result does not depend on which thread finished first.
    var sorted: [OutputFile] {
        lock.withLock { files.sorted { $0.path < $1.path } }
    }
}
