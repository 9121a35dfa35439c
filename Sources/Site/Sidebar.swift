/// A module's sidebar, rendered once, with where each link's `data-nav="…"` attribute
/// ends, so a page's copy marks its own link without searching the text again.
struct Sidebar: Sendable {
    let html: String
    /// The index just after `data-nav="id"`, by id.
    private let ends: [String: String.Index]

    init(html: String) {
        self.html = html
        var ends: [String: String.Index] = [:]
        let bytes = Array(html.utf8)
        let attribute = Array("data-nav=\"".utf8)
        let quote = UInt8(ascii: "\"")
        var index = 0
        while index + attribute.count <= bytes.count {
            guard bytes[index] == attribute[0], bytes[index..<index + attribute.count].elementsEqual(attribute) else {
                index += 1
                continue
            }
            let start = index + attribute.count
            guard let close = bytes[start...].firstIndex(of: quote) else { break }
            let id = String(decoding: bytes[start..<close], as: UTF8.self)
            if ends[id] == nil { ends[id] = html.utf8.index(html.utf8.startIndex, offsetBy: close + 1) }
            index = close + 1
        }
        self.ends = ends
    }

    /// The sidebar with `aria-current="page"` on the link to `id`.
    func marking(_ id: String) -> String {
        guard let end = ends[id] else { return html }
        return html[..<end] + " aria-current=\"page\"" + html[end...]
    }
}
