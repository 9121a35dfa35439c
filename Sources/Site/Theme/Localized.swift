import Mustache

/// A template's values with the interface strings at `t`: every template, whatever its
/// values, reads `{{t.quiz.submit}}`. The values are held as an existential rather than a
/// generic parameter: one plain struct, no generic metadata made for each kind of values.
struct Localized: MustacheParent {
    let values: any TemplateValues
    let strings: StringGroup

    func child(named name: String) -> Any? {
        name == "t" ? strings : values.child(named: name)
    }
}
