/// The kinds of page a course may hold, as the Kinds target lists them (`Kinds.all`): the
/// loader reads each file as the kind its `type:` names.
public struct ContentKinds: Sendable {
    public let all: [any ContentKind.Type]
    /// The kind of a file without `type:`.
    public let lesson: any ContentKind.Type
    /// The kind of a module's index.md.
    public let module: any ContentKind.Type
    /// Checks the kinds add that need the whole course, run by the validator.
    public let checks: [Validator.Check]

    public init(_ all: [any ContentKind.Type], lesson: any ContentKind.Type, module: any ContentKind.Type, checks: [Validator.Check] = []) {
        self.all = all
        self.lesson = lesson
        self.module = module
        self.checks = checks
    }

    /// The validator with these kinds' checks.
    public var validator: Validator { Validator(checks: checks) }

    public func named(_ name: String) -> (any ContentKind.Type)? {
        all.first { $0.name == name }
    }
}
