import Foundation

extension ContentLoader {
    /// Reads one page of a loaded course again from disk, keeping its place and URL, so a
    /// preview can follow a saved file without reading the whole folder.
    public func reload(_ page: Page, in course: Course) -> (Page?, [Diagnostic]) {
        let loader = PageLoader(sourcePath: page.sourcePath, displayPath: page.displayPath, path: page.path,
                                isModuleIndex: page.kind == .module)
        guard let data = FileManager.default.contents(atPath: course.root + "/" + page.sourcePath) else {
            return (nil, [.error(page.displayPath, "cannot read this file", hint: "check its permissions")])
        }
        return loader.load([UInt8](data))
    }
}
