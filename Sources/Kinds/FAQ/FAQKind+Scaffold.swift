extension FAQKind {
    /// A new page of this kind for `parley new`: it passes `parley check` as it is and shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        type: faq
        title: \(title)
        summary: Straight answers to the questions trainees ask most.
        ---

        ## A question trainees ask?

        The answer, in a paragraph or two.

        ## Another question?

        Each `##` heading is a question; the text under it is the answer.

        """
    }
}
