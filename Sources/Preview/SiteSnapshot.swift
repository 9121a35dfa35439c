import Site

/// One good build of the site as the preview serves it: the files, in memory or to copy
/// from content/, and the author hints of each page.
struct SiteSnapshot: Sendable {
    /// By path in the site, e.g. `basics/first/index.html`.
    var files: [String: OutputFile]
    /// By site path of the page, e.g. `basics/first/`.
    var hints: [String: PageHints]
}
