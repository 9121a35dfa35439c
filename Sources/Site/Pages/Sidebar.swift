/// A module's sidebar, rendered once for every page of the module: each link writes
/// `{{{current}}}` where the current page's link gets ` aria-current="page"`. The template
/// is rendered with a mark in each link's place (a random token no text can hold), and each
/// page's copy fills the marks, so nothing depends on the markup the theme writes.
struct Sidebar: Sendable {
    /// The HTML between the marks.
    private let parts: [[UInt8]]
    /// The page id of each mark, in order.
    private let ids: [String]

    /// What a link's `current` is while the sidebar is rendered once.
    static func mark(_ id: String) -> String { token + id + token }
    private static let token = "\u{1}" + String(UInt64.random(in: 1 ... .max), radix: 36) + "\u{1}"

    init(rendered html: String) {
        let token = Array(Self.token.utf8)
        let bytes = Array(html.utf8)
        var parts: [[UInt8]] = []
        var ids: [String] = []
        var start = 0
        var index = 0
        while index + token.count <= bytes.count {
            guard bytes[index] == token[0], bytes[index..<index + token.count].elementsEqual(token),
                  let close = Self.find(token, in: bytes, from: index + token.count) else {
                index += 1
                continue
            }
            parts.append(Array(bytes[start..<index]))
            ids.append(String(decoding: bytes[(index + token.count)..<close], as: UTF8.self))
            index = close + token.count
            start = index
        }
        parts.append(Array(bytes[start...]))
        self.parts = parts
        self.ids = ids
    }

    private static func find(_ token: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + token.count <= bytes.count {
            if bytes[index] == token[0], bytes[index..<index + token.count].elementsEqual(token) { return index }
            index += 1
        }
        return nil
    }

    /// The sidebar with `aria-current="page"` on the link to `id` and nowhere else.
    func marking(_ id: String) -> String {
        let current = Array(" aria-current=\"page\"".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(current.count) { $0 + $1.count })
        for (index, part) in parts.enumerated() {
            bytes += part
            if index < ids.count, ids[index] == id { bytes += current }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
