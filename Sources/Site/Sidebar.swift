/// A module's sidebar, rendered once, with where each link's `data-nav="…"` attribute
/// ends, so a page's copy marks its own link without searching the text again.
struct Sidebar: Sendable {
    let html: String
    /// The index just after `data-nav="id"`, by id.
    private let ends: [String: String.Index]

    init(html: String) {
        self.html = html
        var ends: [String: String.Index] = [:]
        let bytes = html.utf8
        let attribute = Array("data-nav=\"".utf8)
        var index = bytes.startIndex
        while let start = bytes[index...].firstRange(of: attribute)?.upperBound,
              let quote = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) {
            let end = bytes.index(after: quote)
            if let id = String(bytes[start..<quote]), ends[id] == nil { ends[id] = end }
            index = end
        }
        self.ends = ends
    }

    /// The sidebar with `aria-current="page"` on the link to `id`.
    func marking(_ id: String) -> String {
        guard let end = ends[id] else { return html }
        return html[..<end] + " aria-current=\"page\"" + html[end...]
    }
}
