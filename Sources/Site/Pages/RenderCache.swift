import Course
import Foundation

/// What one render hands the next, for a caller that renders the same course again after
/// every save (the preview): each page's search entry. The caller forgets a page it reads
/// again; an entry is also made again when the page moved or was renamed, or the course's
/// language changed.
public final class RenderCache: @unchecked Sendable {
    private struct Cached {
        var path: String
        var title: String
        var language: String
        var entry: SearchIndex.Entry
    }

    private let lock = NSLock()
    private var searchEntries: [String: Cached] = [:]
    /// Bytes of section text whose entries were made so far, against `textLimit`.
    private var textSize = 0
    /// Past how many bytes of section text entries stop keeping whole texts (nil: never).
    private let textLimit: Int?

    /// A cache for a build that renders once passes the index's `SearchIndex.textLimit`:
    /// once the texts of the entries made so far pass it, the index will hold cut texts, and
    /// the entries made after that keep no whole texts, so a large course's whole text is
    /// never all in memory. A preview's cache, whose pages come and go, keeps every text.
    public init(textLimit: Int? = nil) {
        self.textLimit = textLimit
    }

    /// Works out the entries of `pages` now, on every core, so the next render is quick.
    /// `language` is the course's (`CourseConfig.language`).
    func prepare(_ pages: [Page], layout: SiteLayout, kinds: SiteKinds, language: String) {
        let searchLanguage = SearchIndex.Language.named(language)
        _ = pages.parallelMap { page in
            searchEntry(for: page, at: layout.path(of: page), kind: kinds.named(page.kind) ?? kinds.lessonKind,
                        language: searchLanguage)
        }
    }

    func searchEntry(for entry: SiteContext.Entry, language: SearchIndex.Language) -> SearchIndex.Entry {
        searchEntry(for: entry.page, at: entry.path, kind: entry.kind, language: language)
    }

    private func searchEntry(for page: Page, at path: String, kind: any SiteKind.Type,
                             language: SearchIndex.Language) -> SearchIndex.Entry {
        let cached = lock.withLock { searchEntries[page.sourcePath] }
        if let cached, cached.path == path, cached.title == page.title, cached.language == language.name {
            return cached.entry
        }
        let made = SearchIndex.entry(for: page, at: path, kind: kind, language: language) { size in
            guard let textLimit else { return true }
            return lock.withLock {
                textSize += size
                return textSize <= textLimit
            }
        }
        lock.withLock {
            searchEntries[page.sourcePath] = Cached(path: path, title: page.title, language: language.name, entry: made)
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
