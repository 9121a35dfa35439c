import CommonMark
import Course
import Foundation

/// What one render hands the next when pages come back unchanged, for a caller that renders
/// the same course again after every save (the preview): each page's search entry. A page
/// is the same while its Markdown tree is, so a page read again never gets an old entry.
public final class RenderCache: @unchecked Sendable {
    private struct Cached {
        var document: Document
        var page: String
        var title: String
        var entry: SearchIndex.Entry
    }

    private let lock = NSLock()
    private var searchEntries: [String: Cached] = [:]

    public init() {}

    /// Works out every page's entry now, on every core, so the next render is quick.
    public func prepare(for course: Course) {
        _ = course.allPages.parallelMap { searchEntry(for: $0) }
    }

    func searchEntry(for page: Page) -> SearchIndex.Entry {
        let cached = lock.withLock { searchEntries[page.sourcePath] }
        if let cached, cached.document === page.document, cached.page == page.path, cached.title == page.title {
            return cached.entry
        }
        let entry = SearchIndex.entry(for: page)
        lock.withLock {
            searchEntries[page.sourcePath] = Cached(document: page.document, page: page.path, title: page.title, entry: entry)
        }
        return entry
    }

    /// Forgets the pages that are gone.
    func keep(only sourcePaths: Set<String>) {
        lock.withLock { searchEntries = searchEntries.filter { sourcePaths.contains($0.key) } }
    }
}
