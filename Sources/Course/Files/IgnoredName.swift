/// Names in a course that are never part of it: hidden files and folders, and what editors
/// and operating systems leave behind (backups, swap and lock files, thumbnails caches).
public enum IgnoredName {
    public static func isIgnored(_ name: String) -> Bool {
        // `.DS_Store`, `.#lesson.md` (Emacs lock), `.lesson.md.swp`, `._x` (macOS) are hidden;
        // `_drafts/` is parley's own convention for a folder left out.
        if name.hasPrefix(".") || name.hasPrefix("_") { return true }
        if name.hasSuffix("~") { return true }
        if name.hasPrefix("#"), name.hasSuffix("#") { return true }
        if litterSuffixes.contains(where: { name.hasSuffix($0) }) { return true }
        return litterNames.contains(name.lowercased())
    }

    /// Vim's swap files and the temporary copies JetBrains editors save before renaming.
    private static let litterSuffixes = [".swp", ".swo", ".swx", ".swn", "___jb_tmp___", "___jb_old___"]
    private static let litterNames: Set<String> = ["thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", "icon\r"]
}
