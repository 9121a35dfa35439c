extension ContentLoader {
    /// Reads one page of a loaded course again from disk, keeping its place and URL, so a
    /// preview can follow a saved file without reading the whole folder. The path is
    /// checked name by name again: a saved file may have become a link out of the course.
    public func reload(_ page: Page, in course: Course) -> (Page?, [Diagnostic]) {
        let folderName = page.sourcePath.split(separator: "/").dropLast().first.map(String.init)
        let module = course.modules.first { $0.folder == folderName }
        let loader = PageLoader(sourcePath: page.sourcePath, displayPath: page.displayPath, moduleSlug: module?.slug,
                                isModuleIndex: module?.index.sourcePath == page.sourcePath)
        guard let folder = SourceFolder(root: course.root, display: course.displayRoot) else {
            return (nil, [.error(course.displayRoot, "cannot read the content folder", hint: "check that it still exists")])
        }
        switch folder.entry(at: page.sourcePath) {
        case nil:
            return (nil, [.error(page.displayPath, "this file is gone", hint: "save it again")])
        case .failure(let problem)?:
            return (nil, [problem.diagnostic])
        case .success(let entry)?:
            switch SourceFile.read(entry.realPath) {
            case .success(let bytes): return loader.load(bytes, kinds: kinds, config: course.config)
            case .failure(let failure):
                return (nil, [.error(page.displayPath, "cannot read this file: \(failure.reason)", hint: "check its permissions")])
            }
        }
    }
}
