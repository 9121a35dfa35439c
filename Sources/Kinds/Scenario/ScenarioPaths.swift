import Course

/// The paths through a scenario: which moments the trainee can reach from the start, and
/// from which of those an ending can still be reached.
struct ScenarioPaths {
    private let scenario: Scenario
    /// Where each moment's replies lead, leaving out replies to missing moments.
    private let next: [String: [String]]
    /// Moments counted as a way out although no reply of theirs reaches an ending yet.
    private let unfinished: Set<String>

    init(_ scenario: Scenario, unfinished: Set<String> = []) {
        self.scenario = scenario
        self.unfinished = unfinished
        let ids = Set(scenario.moments.map(\.id))
        var next: [String: [String]] = [:]
        for moment in scenario.moments {
            next[moment.id, default: []] += moment.replies.map(\.target).filter(ids.contains)
        }
        self.next = next
    }

    /// Moments a trainee can get to from the start.
    var reachable: Set<String> {
        var seen: Set<String> = [scenario.start]
        var queue = [scenario.start]
        while let id = queue.popLast() {
            for target in next[id] ?? [] where seen.insert(target).inserted {
                queue.append(target)
            }
        }
        return seen
    }

    /// Moments from which some path leads to an ending.
    var leadingToAnEnding: Set<String> {
        var previous: [String: [String]] = [:]
        for (id, targets) in next {
            for target in targets { previous[target, default: []].append(id) }
        }
        var seen = Set(scenario.moments.filter { $0.isEnding || unfinished.contains($0.id) }.map(\.id))
        var queue = Array(seen)
        while let id = queue.popLast() {
            for source in previous[id] ?? [] where seen.insert(source).inserted {
                queue.append(source)
            }
        }
        return seen
    }

    func problems(file: String) -> [Diagnostic] {
        let reachable = reachable
        let leading = leadingToAnEnding
        var problems: [Diagnostic] = []
        // While a reply leads nowhere known, which moments it was meant to reach is a guess:
        // report the broken replies first rather than every moment behind them.
        // Asked of every unreachable moment: a set, not a search of every reply each time.
        let linked = Set(next.values.joined())
        for moment in scenario.moments where !reachable.contains(moment.id) && unfinished.isEmpty {
            let isLinked = linked.contains(moment.id)
            problems.append(.error(
                file, line: moment.line, column: 1, "no path from the start reaches the moment '\(moment.title)'",
                hint: isLinked ? "the replies that lead here are in moments that cannot be reached either"
                    : "no reply leads here: link one with `→ [\(moment.title)](#\(moment.id))`, or remove the moment"))
        }
        guard let start = scenario.moment(scenario.start) else { return problems }
        guard leading.contains(start.id) else {
            let hasEndings = scenario.moments.contains(where: \.isEnding)
            problems.append(.error(
                file, line: start.line, column: 1, "no ending can be reached from the start ('\(start.title)')",
                hint: hasEndings ? "link a reply on the way to one of the endings"
                    : "every moment has replies; add a moment without a list: its text is the debrief"))
            return problems
        }
        for loop in groups(of: scenario.moments.filter { reachable.contains($0.id) && !leading.contains($0.id) }) {
            let names = loop.map { "'\($0.title)'" }.joined(separator: ", ")
            problems.append(.error(
                file, line: loop[0].line, column: 1,
                "a loop with no way out: from \(names) no reply ever leads to an ending",
                hint: "give one of these moments a reply that leads towards an ending"))
        }
        return problems
    }

    /// Splits trapped moments into groups that lead into each other, in document order,
    /// so each loop is reported once.
    private func groups(of trapped: [Moment]) -> [[Moment]] {
        let ids = Set(trapped.map(\.id))
        var neighbours: [String: Set<String>] = [:]
        for moment in trapped {
            for target in next[moment.id] ?? [] where ids.contains(target) {
                neighbours[moment.id, default: []].insert(target)
                neighbours[target, default: []].insert(moment.id)
            }
        }
        var group: [String: Int] = [:]
        var count = 0
        for moment in trapped where group[moment.id] == nil {
            var queue = [moment.id]
            group[moment.id] = count
            while let id = queue.popLast() {
                for other in neighbours[id] ?? [] where group[other] == nil {
                    group[other] = count
                    queue.append(other)
                }
            }
            count += 1
        }
        // Into their groups in one pass, in document order: filtering the moments once per
        // group took time in the square of the moments when each was a loop of its own.
        var groups = Array(repeating: [Moment](), count: count)
        for moment in trapped {
            if let index = group[moment.id] { groups[index].append(moment) }
        }
        return groups
    }
}
