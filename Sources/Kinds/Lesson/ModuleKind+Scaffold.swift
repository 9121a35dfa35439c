extension ModuleKind {
    /// A new page of this kind for `parley new`: it passes `parley check` as it is and shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        title: \(title)
        summary: What this module covers, in one sentence.
        ---

        Introduce the module: what trainees will be able to do after it, and why it matters
        in their work. The lessons, quizzes and other pages in this folder follow in order
        of their number.

        """
    }
}
