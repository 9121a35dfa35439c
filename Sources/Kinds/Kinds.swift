import Site

/// Every kind of page a course may hold. To add one: a folder beside these with its
/// content, how it is read (`ContentKind`) and shown (`SiteKind`), and a line here.
public enum Kinds {
    public static let all = SiteKinds(
        [LessonKind.self, ModuleKind.self, QuizKind.self, PhraseBankKind.self, FAQKind.self, ScenarioKind.self],
        lesson: LessonKind.self, module: ModuleKind.self, checks: [ItemLinter.check])
}
