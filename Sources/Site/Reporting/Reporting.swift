import Course

/// What an exported package reports to, and how: the standard, and for xAPI and cmi5 the
/// course's activity IRI. A plain site build has none: its pages load no reporter and
/// make no request.
public struct Reporting: Sendable, Equatable {
    public enum Standard: String, CaseIterable, Sendable {
        case scorm12, scorm2004, xapi, cmi5

        /// The theme's scripts a package's pages load, in order: report.js gathers what the
        /// trainee does; the last talks to the LMS or the learning record store.
        public var scripts: [String] {
            switch self {
            case .scorm12: return ["report.js", "report-scorm.js", "report-scorm12.js"]
            case .scorm2004: return ["report.js", "report-scorm.js", "report-scorm2004.js"]
            case .xapi: return ["report.js", "report-lrs.js", "report-xapi.js"]
            case .cmi5: return ["report.js", "report-lrs.js", "report-cmi5.js"]
            }
        }

        /// How the standard is named in messages and the README.
        public var name: String {
            switch self {
            case .scorm12: return "SCORM 1.2"
            case .scorm2004: return "SCORM 2004 4th edition"
            case .xapi: return "xAPI"
            case .cmi5: return "cmi5"
            }
        }

        /// How many characters the LMS keeps for progress (`cmi.suspend_data`); xAPI and cmi5
        /// keep it in a State API document, without a limit.
        public var suspendLimit: Int? {
            switch self {
            case .scorm12: return 4096
            case .scorm2004: return 64_000
            case .xapi, .cmi5: return nil
            }
        }
    }

    public var standard: Standard
    /// The course's activity IRI, when given (`--activity-id`): statements name the course
    /// by it, and each page by it followed by the page's path.
    public var activityID: String?

    public init(standard: Standard, activityID: String? = nil) {
        self.standard = standard
        self.activityID = activityID
    }

    /// The IRI given, else the course's own (`activityID(for:)`).
    public func activityID(for config: CourseConfig) -> String {
        activityID ?? Self.activityID(for: config)
    }

    /// The reporter scripts any theme may hold (every standard's): a plain build publishes
    /// none of them.
    static let allScripts = Set(Standard.allCases.flatMap(\.scripts))

    /// The site's address when it has one (`base_url`), else `urn:parley:course:<id>/`:
    /// stable from one build to the next, and the same in every package of the course.
    public static func activityID(for config: CourseConfig) -> String {
        if let baseURL = config.baseURL { return baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        return "urn:parley:course:" + SCORMManifest.identifier(for: config) + "/"
    }

    /// Whether `text` can be an activity IRI: an absolute IRI, with a scheme and no spaces.
    public static func isActivityID(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
              scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return false }
        let rest = text[text.index(after: colon)...]
        return !rest.isEmpty && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }
}
