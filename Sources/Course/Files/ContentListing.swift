/// What is in a content folder: module folders, Markdown files to load, files to copy,
/// and course.yaml. Every name is checked by `SourceFolder`, so nothing outside the folder
/// and nothing that is not a file or a folder gets this far.
struct ContentListing {
    struct MarkdownFile: Sendable {
        var module: String?
        var sourcePath: String
        var displayPath: String
        /// Where the bytes are, every symbolic link resolved.
        var realPath: String
        var loader: PageLoader
    }

    var modules: [String] = []
    /// Module folders that could not be listed: their pages are unknown, so no warning
    /// about a missing index.md either.
    var unreadableModules: Set<String> = []
    var markdown: [MarkdownFile] = []
    var files: [CourseFile] = []
    /// course.yaml, when it is there and may be read.
    var config: SourceFolder.Entry?
    /// The course's own interface strings, `i18n/<language>.yaml`, by language tag in lower case.
    var catalogs: [String: SourceFolder.Entry] = [:]
    var diagnostics: [Diagnostic] = []

    static func scan(_ folder: SourceFolder) -> ContentListing {
        var listing = ContentListing()
        let display = folder.display
        let (entries, problems) = folder.entries(of: folder.rootEntry)
        listing.diagnostics += problems
        for entry in entries {
            let name = entry.name
            if entry.isFolder && name == "i18n" {
                // Not a module: the course's strings over the theme's (see `catalogs`).
                let (files, problems) = folder.entries(of: entry)
                listing.diagnostics += problems
                for file in files where !file.isFolder && file.name.hasSuffix(".yaml") {
                    listing.catalogs[String(file.name.dropLast(".yaml".count)).lowercased()] = file
                }
            } else if entry.isFolder {
                listing.modules.append(name)
                listing.scanModule(entry, in: folder)
            } else if name == "course.yaml" {
                listing.config = entry
            } else if name.hasSuffix(".md") {
                if name == "index.md" {
                    listing.diagnostics.append(.warning(display + "/index.md", "content/index.md is not used",
                                                        hint: "the home page is made from course.yaml; put its text in `description:`"))
                    continue
                }
                listing.markdown.append(MarkdownFile(
                    module: nil, sourcePath: name, displayPath: display + "/" + name, realPath: entry.realPath,
                    loader: PageLoader(sourcePath: name, displayPath: display + "/" + name, moduleSlug: nil, isModuleIndex: false)))
            } else {
                listing.addFile(entry, display: display)
            }
        }
        return listing
    }

    private mutating func scanModule(_ module: SourceFolder.Entry, in folder: SourceFolder) {
        let moduleSlug = Slug.fileName(module.name)
        let (entries, problems) = folder.entries(of: module, ancestors: [folder.realRoot])
        diagnostics += problems
        if !problems.isEmpty, entries.isEmpty { unreadableModules.insert(module.name) }
        for entry in entries {
            if entry.isFolder {
                scanFiles(under: entry, in: folder, ancestors: [folder.realRoot, module.realPath])
            } else if entry.name.hasSuffix(".md") {
                let display = folder.display + "/" + entry.path
                markdown.append(MarkdownFile(
                    module: module.name, sourcePath: entry.path, displayPath: display, realPath: entry.realPath,
                    loader: PageLoader(sourcePath: entry.path, displayPath: display, moduleSlug: moduleSlug,
                                       isModuleIndex: entry.name == "index.md")))
            } else {
                addFile(entry, display: folder.display)
            }
        }
    }

    /// Files in subfolders of a module (images, handouts) are published as they are.
    private mutating func scanFiles(under subfolder: SourceFolder.Entry, in folder: SourceFolder, ancestors: Set<String>) {
        let (entries, problems) = folder.entries(of: subfolder, ancestors: ancestors)
        diagnostics += problems
        for entry in entries {
            if entry.isFolder {
                scanFiles(under: entry, in: folder, ancestors: ancestors.union([subfolder.realPath]))
            } else if entry.name.hasSuffix(".md") {
                diagnostics.append(.warning(folder.display + "/" + entry.path, "Markdown in a subfolder of a module is not a page",
                                            hint: "move it up into the module folder"))
            } else {
                addFile(entry, display: folder.display)
            }
        }
    }

    /// A file to publish as it is, once it is known to open: `check` must fail on a file
    /// a build could not copy.
    private mutating func addFile(_ entry: SourceFolder.Entry, display: String) {
        if let failure = SourceFile.isReadable(entry.realPath) {
            diagnostics.append(.error(display + "/" + entry.path, "cannot read this file: \(failure.reason)",
                                      hint: "check its permissions, or remove it from \(display)/"))
            return
        }
        files.append(CourseFile(path: entry.path, realPath: entry.realPath))
    }
}
