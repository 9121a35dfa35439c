import Mustache

/// A template's values with the interface strings at `t`: every template, whatever its
/// values, reads `{{t.quiz.submit}}`.
struct Localized<Values: TemplateValues>: MustacheParent {
    let values: Values
    let strings: StringGroup

    func child(named name: String) -> Any? {
        name == "t" ? strings : values.child(named: name)
    }
}
