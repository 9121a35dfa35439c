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
        page.render("scenario", values(of: scenario, on: page))
    }

    /// Every moment rendered, the start moment first, with the replies' targets and
    /// tension changes for the script.
    static func values(of scenario: Scenario, on page: PageRendering) -> [String: Any] {
        let first = scenario.moments.filter { $0.id == scenario.start }
        let rest = scenario.moments.filter { $0.id != scenario.start }
        var values: [String: Any] = [
            "start": scenario.start,
            "startTitle": first.first?.title ?? "",
            "tension": scenario.tension,
            "tensionMax": Scenario.tensionRange.upperBound,
            "moments": (first + rest).map { moment in
                [
                    "id": moment.id,
                    "title": page.html(moment.heading),
                    "text": page.html(moment.text),
                    "isEnding": moment.isEnding,
                    "hasReplies": !moment.replies.isEmpty,
                    "replies": moment.replies.map { reply in
                        ["target": reply.target, "change": reply.tensionChange, "html": page.html(reply.content)] as [String: Any]
                    },
                ] as [String: Any]
            },
        ]
        let intro = page.html(scenario.intro)
        if !intro.isEmpty { values["intro"] = intro }
        return values
    }
}
