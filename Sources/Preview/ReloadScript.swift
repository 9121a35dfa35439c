import Foundation

/// Adds the preview's script to an HTML page as it is served: one `<script src>` before
/// `</body>`, a file rather than inline code, so a strict Content-Security-Policy still
/// works. Built files never contain it.
enum ReloadScript {
    static func tag(build: String) -> String {
        "<script src=\"\(PreviewAsset.prefix)reload.js?build=\(build)\"></script>\n"
    }

    static func inject(into html: Data, build: String) -> Data {
        let tag = Data(tag(build: build).utf8)
        guard let end = html.range(of: Data("</body>".utf8), options: .backwards)
            ?? html.range(of: Data("</BODY>".utf8), options: .backwards) else {
            return html + tag
        }
        var result = html
        result.insert(contentsOf: tag, at: end.lowerBound)
        return result
    }
}
