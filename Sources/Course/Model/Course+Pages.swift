extension Course {
    /// The page made from a file (path relative to content/), wherever it sits.
    public func page(from sourcePath: String) -> Page? {
        allPages.first { $0.sourcePath == sourcePath }
    }

    /// Puts `page` in the place of the page made from the same file.
    public mutating func replacePage(with page: Page) {
        for module in modules.indices {
            if modules[module].index.sourcePath == page.sourcePath {
                modules[module].index = page
                return
            }
            if let index = modules[module].pages.firstIndex(where: { $0.sourcePath == page.sourcePath }) {
                modules[module].pages[index] = page
                return
            }
        }
        if let index = pages.firstIndex(where: { $0.sourcePath == page.sourcePath }) {
            pages[index] = page
        }
    }
}
