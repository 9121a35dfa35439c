import Course
import Foundation

/// Pages' bodies made while the course was read (`Page.bodyMadeEarly`), by source path,
/// handed from the loading threads to the renderer.
public final class PageBodies: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [String: String] = [:]

    public init() {}

    func keep(_ html: String, for sourcePath: String) {
        lock.withLock { bodies[sourcePath] = html }
    }

    func body(for page: Page) -> String? {
        lock.withLock { bodies[page.sourcePath] }
    }
}
