/// sitemap.xml with the absolute URL of every page.
enum Sitemap {
    static func xml(baseURL: String, paths: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "  <url><loc>\(HTML.escape(baseURL + path))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
