import Foundation

/// A small course written to a temporary folder from inline files, Hugo-style:
/// `["course.yaml": "title: T", "01-basics/index.md": "…"]`. Removed on deinit.
public final class TemporaryCourse {
    public let folder: URL
    public var content: String { folder.appendingPathComponent("content").path }
    public var output: String { folder.appendingPathComponent("public").path }
    /// The repository's themes folder.
    public static let themes = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    public init(_ files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        for (path, text) in files {
            try write(path, text)
        }
    }

    /// Writes (or overwrites) a file under content/.
    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: content).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// A built file's text, or nil.
    public func built(_ path: String) -> String? {
        try? String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    /// A minimal valid course: course.yaml and one module with two lessons.
    public static let basics: [String: String] = [
        "course.yaml": "title: Test course\ndescription: A course for tests.\nbase_url: https://learning.acme.test/c/\n",
        "01-basics/index.md": "---\ntitle: Basics\nsummary: The first module.\n---\n\nWelcome to the basics.\n",
        "01-basics/01-first.md": """
        ---
        title: First lesson
        duration: 5
        objectives:
          - Read a lesson
        ---

        ## Saying no kindly

        Go on to [the second lesson](02-second.md#why-it-works).

        ## Another part

        Text.
        """,
        "01-basics/02-second.md": """
        ---
        title: Second lesson
        duration: 7
        ---

        ## Why it works

        Back to [the first](01-first.md).
        """,
    ]

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
