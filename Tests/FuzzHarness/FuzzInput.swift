/// One fuzz input: its first byte says which file of a course the rest of the bytes are,
/// so every parser that reads author text can be reached from one target, and a corpus
/// file made from a real file is that file with one byte in front.
public struct FuzzInput: Sendable, Equatable {
    /// Where the bytes would sit in content/, which decides how they are read.
    public enum Place: UInt8, Sendable, CaseIterable {
        /// content/course.yaml
        case courseSettings = 0
        /// A page of a module: a lesson, or a quiz, phrase bank, FAQ or scenario by `type:`.
        case modulePage = 1
        /// A module's index.md, which may have no `type:`.
        case moduleIndex = 2
        /// A page directly in content/, like faq.md.
        case topLevelPage = 3

        /// Path relative to content/.
        public var sourcePath: String {
            switch self {
            case .courseSettings: return "course.yaml"
            case .modulePage: return "01-module/02-page.md"
            case .moduleIndex: return "01-module/index.md"
            case .topLevelPage: return "faq.md"
            }
        }
    }

    public var place: Place
    /// Whether the course allows raw HTML (`unsafe_html: true`), which renders differently.
    public var allowsRawHTML: Bool
    /// Whether the site is rendered too. Rendering costs four times what reading does
    /// (mostly the templates), so only some inputs pay for it and the rest fuzz faster.
    public var isRendered: Bool
    public var bytes: [UInt8]

    public init(place: Place, allowsRawHTML: Bool = false, isRendered: Bool = true, bytes: [UInt8]) {
        self.place = place
        self.allowsRawHTML = allowsRawHTML
        self.isRendered = isRendered
        self.bytes = bytes
    }

    /// Bits 0–1 of the first byte choose the place, bit 4 raw HTML, bit 5 rendering; the
    /// other bits are ignored so that any byte means something. An empty input is an
    /// empty lesson.
    public init(_ data: [UInt8]) {
        let selector = data.first ?? Place.modulePage.rawValue
        place = Place(rawValue: selector & 0b11) ?? .modulePage
        allowsRawHTML = selector & 0b1_0000 != 0
        isRendered = selector & 0b10_0000 != 0
        bytes = Array(data.dropFirst())
    }

    /// The input as a fuzzer reads it.
    public var encoded: [UInt8] {
        [place.rawValue | (allowsRawHTML ? 0b1_0000 : 0) | (isRendered ? 0b10_0000 : 0)] + bytes
    }
}
