import Course
import Foundation

/// imsmanifest.xml of a SCORM 1.2 package: one organization with one item, whose one SCO
/// launches the course home and lists every file of the site.
public struct SCORMManifest: Sendable, Equatable {
    /// The manifest's `identifier`: an LMS recognises an updated package by it.
    public var identifier: String
    public var title: String
    /// The course's pass mark, which an LMS may compare `cmi.core.score.raw` against.
    public var masteryScore: Int
    /// Paths of the site's files, relative to the package root.
    public var files: [String]
    public var launchPage = "index.html"

    public init(identifier: String, title: String, masteryScore: Int, files: [String]) {
        self.identifier = identifier
        self.title = title
        self.masteryScore = masteryScore
        self.files = files
    }

    public init(config: CourseConfig, files: [String]) {
        self.init(identifier: Self.identifier(for: config), title: config.title, masteryScore: config.passMark, files: files)
    }

    /// `id:` from course.yaml, else a slug of the title that is a valid XML name.
    public static func identifier(for config: CourseConfig) -> String {
        if let identifier = config.identifier { return identifier }
        let slug = Slug.fileName(config.title.folding(options: .diacriticInsensitive, locale: nil)).unicodeScalars.filter { $0.isASCII }.map(String.init).joined()
        guard let first = slug.unicodeScalars.first, first.properties.isAlphabetic else { return "course" + (slug.isEmpty ? "" : "-" + slug) }
        return slug
    }

    public var xml: String {
        let title = HTML.escape(self.title)
        // Derived from the identifier, so every xs:ID in the document is distinct.
        let organization = HTML.escape(identifier + ".organization")
        let item = HTML.escape(identifier + ".item")
        let sco = HTML.escape(identifier + ".sco")
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="\(HTML.escape(identifier))" version="1"
                  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
          <metadata>
            <schema>ADL SCORM</schema>
            <schemaversion>1.2</schemaversion>
          </metadata>
          <organizations default="\(organization)">
            <organization identifier="\(organization)">
              <title>\(title)</title>
              <item identifier="\(item)" identifierref="\(sco)" isvisible="true">
                <title>\(title)</title>
                <adlcp:masteryscore>\(masteryScore)</adlcp:masteryscore>
              </item>
            </organization>
          </organizations>

        """
        return xml + Self.resources(sco: sco, typeAttribute: "adlcp:scormtype", launchPage: launchPage, files: files)
    }

    /// The manifest's end: one SCO resource launching `launchPage` and listing every file.
    /// SCORM 1.2 spells its attribute `adlcp:scormtype`, SCORM 2004 `adlcp:scormType`.
    static func resources(sco: String, typeAttribute: String, launchPage: String, files: [String]) -> String {
        var xml = """
          <resources>
            <resource identifier="\(sco)" type="webcontent" \(typeAttribute)="sco" href="\(href(launchPage))">

        """
        for file in files {
            xml += "      <file href=\"\(href(file))\"/>\n"
        }
        xml += """
            </resource>
          </resources>
        </manifest>

        """
        return xml
    }

    /// A file's path as a URI reference: characters other than unreserved ones and `/`
    /// percent-encoded, then escaped for an XML attribute.
    static func href(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        return HTML.escape(path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
    }
}
