import Course
import Site

/// `type: scenario`: a branching conversation played one moment at a time, with a tension
/// meter, the debrief at each ending and a restart; without JavaScript, the list of moments.
public enum ScenarioKind: SiteKind {
    public static let name = "scenario"
    public static let label = "Practice"
    public static let templates = ["page", "scenario"]
    public static let fields = ["tension", "start"]

    public static func read(_ page: inout PageReading) -> Scenario {
        ScenarioReader.read(&page)
    }

    public static func body(of scenario: Scenario, on page: PageRendering) -> String {
        page.render("scenario", ScenarioValues(scenario, on: page))
    }
}
