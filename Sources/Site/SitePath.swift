/// Paths inside the built site (`why/staying-calm/`) and the relative links between them,
/// so the site works under a sub-path, from a file share and opened from disk.
public enum SitePath {
    /// The link from a page in folder `from` to the file `to` (both relative to the site
    /// root). Links to a folder get `index.html` so they also work opened from disk.
    public static func relative(from: String, to target: String) -> String {
        let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
        let fromParts = from.split(separator: "/")
        let toParts = file.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1, fromParts[common] == toParts[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromParts.count - common)
        return (ups + toParts[common...].map(String.init)).joined(separator: "/")
    }

    /// `../../` for a page two folders down: the way back to the site root.
    public static func root(from: String) -> String {
        String(repeating: "../", count: from.split(separator: "/").count)
    }
}
