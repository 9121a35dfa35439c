import Foundation

/// Turns the path of a request into a path inside the site, refusing anything that could
/// leave it: `..` and `.` segments, whether written plainly or percent-encoded, encoded
/// slashes and backslashes, and NUL bytes. The check is on the raw request, so it holds
/// whatever an HTTP library does to the path before a handler sees it.
enum RequestPath {
    /// `/basics/first/` → `basics/first/index.html`; nil when the path is refused.
    static func sitePath(_ rawPath: String) -> String? {
        var path = Substring(rawPath)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard path.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = String(raw).removingPercentEncoding,
                  segment != ".", segment != "..",
                  !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else {
                return nil
            }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        if joined.isEmpty { return "index.html" }
        return path.hasSuffix("/") ? joined + "/index.html" : joined
    }
}
