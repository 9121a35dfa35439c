extension ModuleKind {
    /// A new page of this kind for `parley new`: it passes `parley check` with one warning,
    /// that its examples are still there. Each starts with `Placeholder.marker` (✎), which shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        title: \(title)
        summary: ✎ What this module covers, in one sentence.
        ---

        ✎ Introduce the module: what trainees will be able to do after it, and why it matters
        in their work. The lessons, quizzes and other pages in this folder follow in order
        of their number.

        """
    }
}
