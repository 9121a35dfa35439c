import Mustache

/// The values one template reads, as a struct: every field typed and set in Swift, so a
/// misspelt field is a compile error, and each named once for the templates in
/// `child(named:)`. The conventions of the structs that conform:
/// - a field that may be empty answers `false` when it is (`orFalse`), so a template's
///   `{{#duration}}` never finds a duration on an enclosing context by mistake;
/// - a name the struct does not know answers nil, and Mustache looks further out.
public protocol TemplateValues: MustacheParent {}

extension Optional {
    /// The value, or `false` for a template: "there is none here; look no further".
    public var orFalse: Any { self.map { $0 as Any } ?? false }
}
