import Course

extension SiteLayout {
    /// Problems with where things are published: two pages at one URL, a page where the site
    /// keeps its own (`search/`), and a file of the content folder that would land where the
    /// site puts a page (`content/index.html`, `01-why/quiz/index.html` beside `quiz.md`),
    /// which, copied last, would silently replace it. `ownPages` are the site's own files
    /// (`search/index.html` → "the search page").
    func diagnostics(for course: Course, ownPages: [String: String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var generated = ownPages
        let reservedFolders = Self.reservedFolders(ownPages: ownPages)
        var first: [String: Page] = [:]
        for page in course.allPages {
            let path = path(of: page)
            if reservedFolders.contains(path) || path == "/" {
                diagnostics.append(.error(page.displayPath, "the URL /\(path) is used by the site itself", hint: "rename the file or folder"))
            } else if let earlier = first[path] {
                diagnostics.append(.error(page.displayPath, "two pages have the URL /\(path): this one and \(earlier.displayPath)",
                                          hint: "rename one of them; order prefixes like `01-` are not part of the URL"))
            } else {
                first[path] = page
                generated[path + "index.html"] = "the page made from \(page.displayPath)"
            }
        }
        // Every folder the generated files need, with the file that needs it.
        var folders: [String: String] = [:]
        for (path, owner) in generated {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                folders[String(folder)] = folders[String(folder)] ?? owner
            }
        }
        for file in course.files {
            let output = outputPath(ofFile: file.path)
            let display = course.displayRoot + "/" + file.path
            if let owner = generated[output] {
                diagnostics.append(.error(display, "this file would be published as \(output), which is \(owner)",
                                          hint: "rename or move the file; parley makes \(output) itself"))
            } else if let owner = folders[output] {
                diagnostics.append(.error(display, "this file would be published as \(output), where the site needs a folder for \(owner)",
                                          hint: "rename or move the file"))
            }
        }
        return diagnostics
    }

    /// The folders of the site's own pages, and `assets/`.
    static func reservedFolders(ownPages: [String: String]) -> Set<String> {
        Set(ownPages.keys.compactMap { path in path.firstIndex(of: "/").map { String(path[...$0]) } } + ["assets/"])
    }
}
