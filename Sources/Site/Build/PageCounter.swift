import Foundation

/// Counts the HTML pages handed to it from many threads at once.
final class PageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var pages = 0

    @Sendable func count(_ file: OutputFile) {
        guard file.isPage else { return }
        lock.withLock { pages += 1 }
    }

    var value: Int { lock.withLock { pages } }
}
