/// A file of the content folder that is published as it is (an image, a handout).
public struct CourseFile: Sendable, Equatable {
    /// Path relative to content/, e.g. `01-why/img/diagram.png`.
    public var path: String
    /// Where its bytes are, every symbolic link resolved (always inside content/).
    public var realPath: String

    public init(path: String, realPath: String) {
        self.path = path
        self.realPath = realPath
    }
}
