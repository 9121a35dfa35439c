extension FAQKind {
    /// A new page of this kind for `parley new`: it passes `parley check` with one warning,
    /// that its examples are still there. Each starts with `Placeholder.marker` (✎), which shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        type: faq
        title: \(title)
        summary: ✎ Straight answers to the questions trainees ask most.
        ---

        ## ✎ A question trainees ask?

        ✎ The answer, in a paragraph or two.

        ## ✎ Another question?

        ✎ Each `##` heading is a question; the text under it is the answer.

        """
    }
}
