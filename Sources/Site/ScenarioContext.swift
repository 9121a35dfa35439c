import CommonMark
import Course

/// The template context of a scenario: every moment rendered, the start moment first, with
/// the replies' targets and tension changes for the script.
struct ScenarioContext {
    let scenario: Scenario
    let allowsRawHTML: Bool

    func make() -> [String: Any] {
        let first = scenario.moments.filter { $0.id == scenario.start }
        let rest = scenario.moments.filter { $0.id != scenario.start }
        var context: [String: Any] = [
            "start": scenario.start,
            "startTitle": first.first?.title ?? "",
            "tension": scenario.tension,
            "tensionMax": Scenario.tensionRange.upperBound,
            "moments": (first + rest).map(moment),
        ]
        let intro = html(scenario.intro.children)
        if !intro.isEmpty { context["intro"] = intro }
        return context
    }

    private func moment(_ moment: Moment) -> [String: Any] {
        [
            "id": moment.id,
            "title": html(moment.heading.children),
            "text": html(moment.text.children),
            "isEnding": moment.isEnding,
            "hasReplies": !moment.replies.isEmpty,
            "replies": moment.replies.map { reply in
                [
                    "target": reply.target,
                    "change": reply.tensionChange,
                    // The paragraph of a tight list item renders without <p>: render its inlines.
                    "html": html(reply.content.children),
                ] as [String: Any]
            },
        ]
    }

    private func html(_ nodes: [Node]) -> String {
        Node.renderHTML(nodes, allowRawHTML: allowsRawHTML)
    }
}
