import Course

/// The file (or files) that tell a system what a package is, by standard: imsmanifest.xml
/// for SCORM, tincan.xml for xAPI, cmi5.xml for cmi5.
public struct PackageManifest: Sendable, Equatable {
    /// Where it goes in the zip, and its text.
    public var path: String
    public var xml: String

    /// The manifest of a package of `standard` listing `files` (the site's files, sorted).
    /// `gradedQuizzes`: how many quizzes count toward the result; without any, the course
    /// has no pass mark for an LMS to judge by.
    public static func make(_ reporting: Reporting, config: CourseConfig, files: [String], gradedQuizzes: Int) -> PackageManifest {
        let identifier = SCORMManifest.identifier(for: config)
        let passing = gradedQuizzes > 0 ? config.passMark : nil
        switch reporting.standard {
        case .scorm12:
            return PackageManifest(path: "imsmanifest.xml", xml: SCORMManifest(config: config, files: files).xml)
        case .scorm2004:
            return PackageManifest(path: "imsmanifest.xml", xml: SCORM2004Manifest(identifier: identifier, title: config.title,
                                                                                  passMark: passing, files: files).xml)
        case .xapi:
            return PackageManifest(path: "tincan.xml", xml: TinCanManifest(activityID: reporting.activityID(for: config), title: config.title,
                                                                          description: config.description, language: config.language).xml)
        case .cmi5:
            return PackageManifest(path: "cmi5.xml", xml: CMI5Manifest(activityID: reporting.activityID(for: config), title: config.title,
                                                                      description: config.description, language: config.language,
                                                                      passMark: passing).xml)
        }
    }
}

/// imsmanifest.xml of a SCORM 2004 4th edition package: one item, one SCO at the course
/// home listing every file. The item is complete when the SCO's progress measure reaches
/// 1 (every lesson done and every graded quiz taken), and satisfied when its scaled score
/// reaches the course's pass mark.
public struct SCORM2004Manifest: Sendable, Equatable {
    public var identifier: String
    public var title: String
    /// The course's pass mark (0–100), or nil when no quiz is graded.
    public var passMark: Int?
    public var files: [String]
    public var launchPage = "index.html"

    public var xml: String {
        let title = HTML.escape(self.title)
        let organization = HTML.escape(identifier + ".organization")
        let item = HTML.escape(identifier + ".item")
        let sco = HTML.escape(identifier + ".sco")
        var objectives = ""
        if let passMark {
            objectives = """
                      <imsss:objectives>
                        <imsss:primaryObjective objectiveID="\(HTML.escape(identifier + ".passed"))" satisfiedByMeasure="true">
                          <imsss:minNormalizedMeasure>\(Self.decimal(passMark))</imsss:minNormalizedMeasure>
                        </imsss:primaryObjective>
                      </imsss:objectives>

            """
        }
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest identifier="\(HTML.escape(identifier))" version="1"
                  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
                  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
          <metadata>
            <schema>ADL SCORM</schema>
            <schemaversion>2004 4th Edition</schemaversion>
          </metadata>
          <organizations default="\(organization)">
            <organization identifier="\(organization)">
              <title>\(title)</title>
              <item identifier="\(item)" identifierref="\(sco)">
                <title>\(title)</title>
                <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.0"/>
                <imsss:sequencing>
        \(objectives)          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
                </imsss:sequencing>
              </item>
            </organization>
          </organizations>

        """
        return xml + SCORMManifest.resources(sco: sco, typeAttribute: "adlcp:scormType", launchPage: launchPage, files: files)
    }

    /// 80 → "0.8", 100 → "1.0": a pass mark as a normalized measure.
    public static func decimal(_ percent: Int) -> String {
        let clamped = max(0, min(100, percent))
        if clamped == 100 { return "1.0" }
        let text = String(format: "0.%02d", clamped)
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }
}

/// tincan.xml of an xAPI package: the course as one activity, launched at index.html with
/// the LMS's `endpoint`, `auth`, `actor`, `registration` and `activity_id`.
public struct TinCanManifest: Sendable, Equatable {
    public var activityID: String
    public var title: String
    public var description: String
    public var language: String

    public var xml: String {
        let lang = HTML.escape(language)
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <tincan xmlns="http://projecttincan.com/tincan.xsd">
          <activities>
            <activity id="\(HTML.escape(activityID))" type="http://adlnet.gov/expapi/activities/course">
              <name lang="\(lang)">\(HTML.escape(title))</name>
              <description lang="\(lang)">\(HTML.escape(description))</description>
              <launch lang="\(lang)">index.html</launch>
            </activity>
          </activities>
        </tincan>

        """
    }
}

/// cmi5.xml: the course as one assignable unit (the whole site, launched at index.html).
/// It moves on when completed (every lesson done) and passed (the mean of the graded
/// quizzes' best scores at the mastery score, the course's pass mark), or when completed
/// alone if no quiz is graded.
public struct CMI5Manifest: Sendable, Equatable {
    public var activityID: String
    public var title: String
    public var description: String
    public var language: String
    public var passMark: Int?

    /// The AU's publisher id: the course's IRI with `#au`.
    public var auID: String { activityID + "#au" }

    public var xml: String {
        let lang = HTML.escape(language)
        let title = "<langstring lang=\"\(lang)\">\(HTML.escape(self.title))</langstring>"
        let description = "<langstring lang=\"\(lang)\">\(HTML.escape(self.description))</langstring>"
        let judging = passMark.map { " moveOn=\"CompletedAndPassed\" masteryScore=\"\(SCORM2004Manifest.decimal($0))\"" } ?? " moveOn=\"Completed\""
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
          <course id="\(HTML.escape(activityID))">
            <title>\(title)</title>
            <description>\(description)</description>
          </course>
          <au id="\(HTML.escape(auID))"\(judging) launchMethod="AnyWindow">
            <title>\(title)</title>
            <description>\(description)</description>
            <url>index.html</url>
          </au>
        </courseStructure>

        """
    }
}
