import Foundation

/// A scenario's front matter: the tension it starts at and the moment it starts from.
struct ScenarioSettings {
    var tension = 5
    /// Anchor of the first moment as written (a leading `#` is allowed); nil for the first `##`.
    var start: String?
    /// Line of `start:`, for reporting a missing moment.
    var startLine = 1

    init() {}

    init(reading fields: inout Fields) {
        tension = fields.int("tension", in: Scenario.tensionRange, unit: "points from 0 (calm) to 10") ?? 5
        if let written = fields.string("start") {
            let anchor = written.trimmingCharacters(in: .whitespaces)
            start = anchor.hasPrefix("#") ? String(anchor.dropFirst()) : anchor
        }
        startLine = fields.line(ofKey: "start")
    }
}
