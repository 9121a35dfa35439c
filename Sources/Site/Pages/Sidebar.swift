/// A module's sidebar, rendered once, with where each link's `data-nav="…"` attribute
/// ends, so a page's copy marks its own link without searching the text again.
struct Sidebar: Sendable {
    let html: String
    private let bytes: [UInt8]
    /// The byte offset just after `data-nav="id"`, by id.
    private let ends: [String: Int]

    init(html: String) {
        self.html = html
        bytes = Array(html.utf8)
        var ends: [String: Int] = [:]
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
            if ends[id] == nil { ends[id] = close + 1 }
            index = close + 1
        }
        self.ends = ends
    }

    /// The sidebar with `aria-current="page"` on the link to `id`. Put together as bytes:
    /// joining `Substring`s of the text cost more than the rest of the sidebar's use.
    func marking(_ id: String) -> String {
        guard let end = ends[id] else { return html }
        let mark = " aria-current=\"page\"".utf8
        return String(unsafeUninitializedCapacity: bytes.count + mark.count) { buffer in
            var position = 0
            for part in [bytes[..<end], ArraySlice(mark), bytes[end...]] {
                part.withUnsafeBufferPointer { source in
                    if let base = source.baseAddress {
                        buffer.baseAddress?.advanced(by: position).update(from: base, count: source.count)
                    }
                }
                position += part.count
            }
            return position
        }
    }
}
