import Foundation

/// One file of the built site, in memory or to be copied from the content folder.
public struct OutputFile: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        case bytes(Data)
        /// A file copied as it is, from this path on disk.
        case copy(String)
    }

    /// Path relative to the site root, e.g. `why/staying-calm/index.html`.
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// Whether this file is a page (what a build's page count counts).
    public var isPage: Bool { path.hasSuffix(".html") }

    public init(path: String, text: String) {
        self.init(path: path, contents: .bytes(Data(text.utf8)))
    }
}
