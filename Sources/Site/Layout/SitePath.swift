/// Paths inside the built site (`why/staying-calm/`) and the relative links between them,
/// so the site works under a sub-path, from a file share and opened from disk.
public enum SitePath {
    /// The link from a page in folder `from` to the file `to` (both relative to the site
    /// root). Links to a folder get `index.html` so they also work opened from disk.
    public static func relative(from: String, to target: String) -> String {
        let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
        // Byte by byte: both are '/'-separated, and the shared folders are the longest
        // common prefix that ends at a '/'. (Splitting into arrays of parts cost more than
        // the rest of a page's links.)
        let slash = UInt8(ascii: "/")
        var shared = 0
        var matched = 0
        for (a, b) in zip(from.utf8, file.utf8) {
            guard a == b else { break }
            matched += 1
            if a == slash { shared = matched }
        }
        // A folder written without its final '/' ("a/b" for "a/b/") is shared too.
        if matched == from.utf8.count, file.utf8.dropFirst(matched).first == slash { shared = matched + 1 }
        var ups = 0
        var inPart = false
        for byte in from.utf8.dropFirst(shared) {
            if byte == slash { inPart = false } else if !inPart { inPart = true; ups += 1 }
        }
        return String(repeating: "../", count: ups) + String(decoding: file.utf8.dropFirst(shared), as: UTF8.self)
    }

    /// `../../` for a page two folders down: the way back to the site root.
    public static func root(from: String) -> String {
        String(repeating: "../", count: from.split(separator: "/").count)
    }
}
