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

extension Course {
    /// Hands every page to `use`, some at a time in reading order, and lets go of each
    /// page's section text (keeping the headings) once `use` has had it: for a build that
    /// makes the search index's entries from the text and renders the course once, so the
    /// text of all pages and all the entries are never in memory together.
    public mutating func consumeSectionTexts(inGroupsOf size: Int, _ use: ([Page]) -> Void) {
        var places: [(module: Int?, page: Int?)] = []
        for module in modules.indices {
            places.append((module, nil))
            places += modules[module].pages.indices.map { (module, $0) }
        }
        places += pages.indices.map { (nil, $0) }
        var start = 0
        while start < places.count {
            let group = places[start..<min(start + max(size, 1), places.count)]
            use(group.map { self[$0] })
            for place in group {
                for index in self[place].sections.indices {
                    self[place].sections[index].text = ""
                    self[place].sections[index].prose = []
                }
            }
            start += size
        }
    }

    /// A module's page (`page` nil), a module's other page, or a top-level page.
    private subscript(place: (module: Int?, page: Int?)) -> Page {
        get {
            guard let module = place.module else { return pages[place.page ?? 0] }
            return place.page.map { modules[module].pages[$0] } ?? modules[module].index
        }
        set {
            guard let module = place.module else { pages[place.page ?? 0] = newValue; return }
            if let page = place.page { modules[module].pages[page] = newValue } else { modules[module].index = newValue }
        }
    }
}
