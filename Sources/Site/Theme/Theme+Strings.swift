import Course

extension Theme {
    /// This theme speaking the course's language: the catalog for `language:` (`de-CH`,
    /// else `de`) over the English one, the course's `strings:` over both. Reports a
    /// language without a catalog, keys a catalog lacks, plural forms it lacks and course
    /// strings that name no key.
    public func localized(for config: CourseConfig, courseFile: String = "course.yaml") -> (Theme, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let english = catalogs["en"]?.table ?? StringTable()
        let primary = PluralRule.primarySubtag(of: config.language)
        let own = StringTable.catalogNames(for: config.language).compactMap { catalogs[$0] }
        var table = english
        for catalog in own { table = table.merging(catalog.table) }
        let line = config.lines["language"] ?? 1
        if own.isEmpty && primary != "en" {
            let known = catalogs.keys.sorted().joined(separator: ", ")
            diagnostics.append(.warning(courseFile, line: line, column: 1,
                                        "the theme has no catalog for '\(config.language)': the interface will be in English",
                                        hint: "add i18n/\(primary).yaml to the theme (copy en.yaml and translate it), or set `strings:` in course.yaml; catalogs: \(known)"))
        } else if let catalog = own.last, primary != "en" {
            let missing = english.keys.filter { key in own.allSatisfy { $0.table[key] == nil } }.sorted()
            if !missing.isEmpty {
                diagnostics.append(.warning(catalog.file, line: 1, column: 1,
                                            "\(missing.count) interface strings are missing from this catalog and will be in English: \(Self.list(missing))",
                                            hint: "copy them from en.yaml and translate them"))
            }
        }
        for key in config.strings.keys.sorted() {
            guard english[key] == nil else { continue }
            let keyLine = config.strings.lines[key] ?? config.lines["strings"] ?? 1
            let suggestion = Self.closest(to: key, among: Array(english.keys))
            diagnostics.append(.warning(config.strings.files[key] ?? courseFile, line: keyLine, column: 1, "'\(key)' names no interface string, so it changes nothing",
                                        hint: suggestion.map { "did you mean '\($0)'?" } ?? "the keys are those of the theme's i18n/en.yaml"))
        }
        table = table.merging(config.strings)
        diagnostics += Self.pluralProblems(table, language: config.language, files: own.last?.file ?? courseFile)
        var theme = self
        theme.use(Strings(language: config.language, table: table))
        return (theme, diagnostics)
    }

    /// Plural entries without a form the language uses (Arabic's `few` for 3–10).
    static func pluralProblems(_ table: StringTable, language: String, files file: String) -> [Diagnostic] {
        let needed = Set((0...200).map { PluralRule.category(of: $0, language: language) })
        var lacking: [String] = []
        for (key, entry) in table.entries {
            if case .forms(let forms) = entry, !needed.isSubset(of: Set(forms.keys)) { lacking.append(key) }
        }
        guard !lacking.isEmpty else { return [] }
        let forms = needed.sorted(by: { Self.categoryOrder($0) < Self.categoryOrder($1) }).joined(separator: ", ")
        return [.warning(file, line: 1, column: 1,
                         "\(lacking.count) plural strings lack a form '\(language)' uses (\(forms)), so some counts take the 'other' form: \(list(lacking.sorted()))",
                         hint: "give each of them the forms \(forms)")]
    }

    private static func categoryOrder(_ category: String) -> Int {
        ["zero", "one", "two", "few", "many", "other"].firstIndex(of: category) ?? 6
    }

    private static func list(_ keys: [String]) -> String {
        keys.count <= 12 ? keys.joined(separator: ", ") : keys.prefix(12).joined(separator: ", ") + " and \(keys.count - 12) more"
    }

    /// The key one or two edits away, for a misspelt key.
    static func closest(to key: String, among keys: [String]) -> String? {
        keys.sorted().filter { $0.isNear(key) }.min { $0.editDistance(to: key, limit: 2) < $1.editDistance(to: key, limit: 2) }
    }
}

