/// Paths inside the content folder, always written with `/` and relative to it.
enum ContentPath {
    /// Resolves `link` (as written in the page at `from`) to a path relative to content/;
    /// nil when it climbs out of content/.
    static func resolve(_ link: String, from: String) -> String? {
        var parts: [Substring] = link.hasPrefix("/") ? [] : from.split(separator: "/").dropLast()
        for part in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
