import Course

/// Files of the content folder that would land where the site puts a page of its own:
/// `content/index.html` over the home page, `content/sitemap.xml` over the sitemap, or
/// `01-why/quiz/index.html` over the module's quiz. Copied last, such a file would
/// silently replace the page, so it is an error naming both.
enum OutputCollisions {
    static func diagnostics(for course: Course) -> [Diagnostic] {
        var generated: [String: String] = [
            "index.html": "the home page",
            "404.html": "the page-not-found page",
            "sitemap.xml": "the sitemap",
            "search/index.html": "the search page",
            "completion/index.html": "the progress page",
            "phrasebook/index.html": "the phrasebook",
        ]
        for page in course.allPages {
            generated[page.path + "index.html"] = "the page made from \(page.displayPath)"
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
        var slugs: [String: String] = [:]
        for module in course.modules { slugs[module.folder] = module.slug }
        let layout = SiteLayout(pathsBySource: [:], moduleSlugs: slugs)
        var diagnostics: [Diagnostic] = []
        for file in course.files {
            let output = layout.outputPath(ofFile: file.path)
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
}
