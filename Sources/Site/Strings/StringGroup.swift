import Course
import Mustache

/// The catalog as templates walk it: `{{t.quiz.submit}}` looks up `t`, then `quiz`, then
/// `submit`. Built once per build, so a lookup is a dictionary read per level.
final class StringGroup: MustacheParent, Sendable {
    private let texts: [String: String]
    private let groups: [String: StringGroup]

    convenience init(_ table: StringTable) {
        self.init(table.entries.map { ($0.key.split(separator: ".").map(String.init), $0.value.text) })
    }

    private init(_ entries: [([String], String)]) {
        var texts: [String: String] = [:]
        var nested: [String: [([String], String)]] = [:]
        for (path, text) in entries {
            guard let first = path.first else { continue }
            if path.count == 1 {
                texts[first] = text
            } else {
                nested[first, default: []].append((Array(path.dropFirst()), text))
            }
        }
        self.texts = texts
        groups = nested.mapValues { StringGroup($0) }
    }

    func child(named name: String) -> Any? {
        if let text = texts[name] { return text }
        return groups[name]
    }
}
