/// HTML made from part of a page while it was read, with holes where the site puts what
/// only it knows: where each link leads from the page's published place, and the rendered
/// knowledge checks. Made once, filled once per render, and holding no Markdown tree.
public struct HTMLFragment: Sendable, Equatable {
    public enum Hole: Sendable, Equatable {
        /// The href or src of the page's link number `n` (an index into `Page.links`).
        case link(Int)
        /// The page's knowledge check number `n`.
        case check(Int)
        /// Words of the interface, in the course's language.
        case text(InterfaceText)
    }

    public struct Gap: Sendable, Equatable {
        /// Where the hole is, in UTF-8 bytes of `html`.
        public var offset: Int
        public var hole: Hole
    }

    /// The HTML with the holes cut out.
    public private(set) var html: String
    /// The holes in order of their offset.
    public private(set) var gaps: [Gap]

    public static let empty = HTMLFragment(html: "", gaps: [])

    /// Words of the interface alone, filled in the course's language.
    public static func interface(_ words: InterfaceText) -> HTMLFragment {
        HTMLFragment(html: "", gaps: [Gap(offset: 0, hole: .text(words))])
    }

    public var isEmpty: Bool { html.isEmpty && gaps.isEmpty }

    init(html: String, gaps: [Gap]) {
        self.html = html
        self.gaps = gaps
    }

    /// Plain text, escaped for HTML, with no holes.
    public init(text: String) {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        self.init(html: escaped, gaps: [])
    }

    /// The HTML with every hole filled. Made on bytes, as the pages are many.
    public func filled(link: (Int) -> String, check: (Int) -> String = { _ in "" },
                       text: (InterfaceText) -> String = { HTMLFragment(text: $0.english).html }) -> String {
        guard !gaps.isEmpty else { return html }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count + gaps.count * 32)
        var start = 0
        var source = html
        source.withUTF8 { source in
            for gap in gaps {
                bytes += source[start..<gap.offset]
                switch gap.hole {
                case .link(let number): bytes += link(number).utf8
                case .check(let number):
                    // cmark ends a custom block's HTML with a line break unless it has one.
                    let html = check(number)
                    bytes += html.utf8
                    if html.utf8.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
                case .text(let words): bytes += text(words).utf8
                }
                start = gap.offset
            }
            bytes += source[start...]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Two fragments one after the other.
    public static func + (first: HTMLFragment, second: HTMLFragment) -> HTMLFragment {
        let shift = first.html.utf8.count
        return HTMLFragment(html: first.html + second.html,
                            gaps: first.gaps + second.gaps.map { Gap(offset: $0.offset + shift, hole: $0.hole) })
    }
}

extension HTMLFragment {
    /// Marks the reader writes into the tree where a hole goes (a link's URL, a knowledge
    /// check's block), found again in cmark's HTML. They carry a random part chosen when the
    /// program starts, so no text an author writes can look like one.
    public enum Marker {
        static let token = "parley-" + String(UInt64.random(in: 1 ... .max), radix: 36) + "-"

        static func link(_ number: Int) -> String { token + "l\(number)." }
        static func check(_ number: Int) -> String { token + "c\(number)." }
        public static func text(_ words: InterfaceText) -> String { token + "t\(InterfaceText.allCases.firstIndex(of: words) ?? 0)." }
    }

    /// Cuts the markers out of rendered HTML and notes where they were.
    init(marked html: String) {
        let token = Array(Marker.token.utf8)
        var text = html
        var result: [UInt8] = []
        var gaps: [Gap] = []
        text.withUTF8 { bytes in
            guard bytes.count >= token.count else { return }
            result.reserveCapacity(bytes.count)
            var index = 0
            var copied = 0
            while index + token.count <= bytes.count {
                guard bytes[index] == token[0], bytes[index..<index + token.count].elementsEqual(token),
                      let (hole, end) = Self.hole(in: bytes, at: index + token.count) else {
                    index += 1
                    continue
                }
                result += bytes[copied..<index]
                gaps.append(Gap(offset: result.count, hole: hole))
                index = end
                copied = end
            }
            result += bytes[copied...]
        }
        if gaps.isEmpty {
            self.init(html: html, gaps: [])
        } else {
            self.init(html: String(decoding: result, as: UTF8.self), gaps: gaps)
        }
    }

    /// `l12.` or `c3.` after a token: the hole and where the mark ends.
    private static func hole(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Hole, Int)? {
        guard start < bytes.count else { return nil }
        let kind = bytes[start]
        var index = start + 1
        var number = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), number < 1 << 40 {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start + 1, index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return nil }
        switch kind {
        case UInt8(ascii: "l"): return (.link(number), index + 1)
        case UInt8(ascii: "t"):
            guard InterfaceText.allCases.indices.contains(number) else { return nil }
            return (.text(InterfaceText.allCases[number]), index + 1)
        case UInt8(ascii: "c"):
            // The block's own line break goes with the mark; filling the hole puts it back.
            let end = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
            return (.check(number), end)
        default: return nil
        }
    }
}
