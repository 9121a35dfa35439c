import Course
import Foundation

/// What one render hands the next, for a caller that renders the same course again after
/// every save (the preview): each page's search entry. The caller forgets a page it reads
/// again; an entry is also made again when the page moved or was renamed.
public final class RenderCache: @unchecked Sendable {
    private struct Cached {
        var path: String
        var title: String
        var entry: SearchIndex.Entry
    }

    private let lock = NSLock()
    private var searchEntries: [String: Cached] = [:]

    public init() {}

    /// Works out every page's entry now, on every core, so the next render is quick.
    func prepare(for site: SiteContext) {
        _ = site.entries.parallelMap { searchEntry(for: $0) }
    }

    func searchEntry(for entry: SiteContext.Entry) -> SearchIndex.Entry {
        let page = entry.page
        let cached = lock.withLock { searchEntries[page.sourcePath] }
        if let cached, cached.path == entry.path, cached.title == page.title {
            return cached.entry
        }
        let made = SearchIndex.entry(for: page, at: entry.path, kind: entry.kind)
        lock.withLock {
            searchEntries[page.sourcePath] = Cached(path: entry.path, title: page.title, entry: made)
        }
        return made
    }

    /// Forgets a page that was read again: its entry is made anew at the next render.
    public func forget(_ sourcePath: String) {
        lock.withLock { _ = searchEntries.removeValue(forKey: sourcePath) }
    }

    /// Forgets the pages that are gone.
    func keep(only sourcePaths: Set<String>) {
        lock.withLock { searchEntries = searchEntries.filter { sourcePaths.contains($0.key) } }
    }
}
