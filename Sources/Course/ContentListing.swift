import Foundation

/// What is in a content folder: module folders, Markdown files to load, files to copy.
struct ContentListing {
    struct MarkdownFile: Sendable {
        var module: String?
        var sourcePath: String
        var displayPath: String
        var loader: PageLoader
    }

    var modules: [String] = []
    var markdown: [MarkdownFile] = []
    var files: [String] = []
    var diagnostics: [Diagnostic] = []

    static func scan(root: String, display: String) -> ContentListing {
        var listing = ContentListing()
        for name in entries(of: root) {
            let path = root + "/" + name
            if isFolder(path) {
                listing.modules.append(name)
                listing.scanModule(name, root: root, display: display)
            } else if name.hasSuffix(".md") {
                if name == "index.md" {
                    listing.diagnostics.append(.warning(display + "/index.md", "content/index.md is not used",
                                                        hint: "the home page is made from course.yaml; put its text in `description:`"))
                    continue
                }
                let slug = Slug.fileName(name)
                listing.markdown.append(MarkdownFile(
                    module: nil, sourcePath: name, displayPath: display + "/" + name,
                    loader: PageLoader(sourcePath: name, displayPath: display + "/" + name, path: slug + "/", isModuleIndex: false)))
            } else if name != "course.yaml" {
                listing.files.append(name)
            }
        }
        return listing
    }

    private mutating func scanModule(_ folder: String, root: String, display: String) {
        let moduleSlug = Slug.fileName(folder)
        for name in Self.entries(of: root + "/" + folder) {
            let sourcePath = folder + "/" + name
            if Self.isFolder(root + "/" + sourcePath) {
                scanFiles(under: sourcePath, root: root, display: display)
            } else if name.hasSuffix(".md") {
                let isIndex = name == "index.md"
                let path = isIndex ? moduleSlug + "/" : moduleSlug + "/" + Slug.fileName(name) + "/"
                markdown.append(MarkdownFile(
                    module: folder, sourcePath: sourcePath, displayPath: display + "/" + sourcePath,
                    loader: PageLoader(sourcePath: sourcePath, displayPath: display + "/" + sourcePath, path: path, isModuleIndex: isIndex)))
            } else {
                files.append(sourcePath)
            }
        }
    }

    /// Files in subfolders of a module (images, handouts) are published as they are.
    private mutating func scanFiles(under folder: String, root: String, display: String) {
        for name in Self.entries(of: root + "/" + folder) {
            let sourcePath = folder + "/" + name
            if Self.isFolder(root + "/" + sourcePath) {
                scanFiles(under: sourcePath, root: root, display: display)
            } else if name.hasSuffix(".md") {
                diagnostics.append(.warning(display + "/" + sourcePath, "Markdown in a subfolder of a module is not a page",
                                            hint: "move it up into the module folder"))
            } else {
                files.append(sourcePath)
            }
        }
    }

    private static func entries(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
