import Site

/// What the scenario template reads: every moment rendered, the start moment first, with
/// the replies' targets and tension changes for the script.
struct ScenarioValues: TemplateValues {
    struct MomentValues: TemplateValues {
        var id: String
        var title: String
        var text: String
        var isEnding: Bool
        var replies: [ReplyValues]

        func child(named name: String) -> Any? {
            switch name {
            case "id": return id
            case "title": return title
            case "text": return text
            case "isEnding": return isEnding
            case "hasReplies": return !replies.isEmpty
            case "replies": return replies
            default: return nil
            }
        }
    }

    struct ReplyValues: TemplateValues {
        var target: String
        var change: Int
        var html: String

        func child(named name: String) -> Any? {
            switch name {
            case "target": return target
            case "change": return change
            case "html": return html
            default: return nil
            }
        }
    }

    var start: String
    var startTitle: String
    var tension: Int
    var moments: [MomentValues]
    var intro: String?

    init(_ scenario: Scenario, on page: PageRendering) {
        let first = scenario.moments.filter { $0.id == scenario.start }
        let rest = scenario.moments.filter { $0.id != scenario.start }
        start = scenario.start
        startTitle = first.first?.title ?? ""
        tension = scenario.tension
        moments = (first + rest).map { moment in
            // In a fixed shuffle: authors tend to write the best reply first, and a trainee
            // would learn to pick the first one.
            let order = AnswerKey.permutation(moment.replies.count, seed: scenario.start + "|" + moment.id)
            return MomentValues(id: moment.id, title: page.html(moment.heading), text: page.html(moment.text), isEnding: moment.isEnding,
                                replies: order.map { moment.replies[$0] }.map { ReplyValues(target: $0.target, change: $0.tensionChange, html: page.html($0.content)) })
        }
        let intro = page.html(scenario.intro)
        self.intro = intro.isEmpty ? nil : intro
    }

    func child(named name: String) -> Any? {
        switch name {
        case "start": return start
        case "startTitle": return startTitle
        case "tension": return tension
        case "tensionMax": return Scenario.tensionRange.upperBound
        case "moments": return moments
        case "intro": return intro
        default: return nil
        }
    }
}
