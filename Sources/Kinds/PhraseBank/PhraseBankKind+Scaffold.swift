extension PhraseBankKind {
    /// A new page of this kind for `parley new`: it passes `parley check` with one warning,
    /// that its examples are still there. Each starts with `Placeholder.marker` (✎), which shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        type: phrasebank
        title: \(title)
        summary: ✎ Wording to use, and wording to avoid.
        ---

        ## ✎ A situation or technique

        - "✎ A phrase to avoid." → "✎ A phrase to say instead."
          ✎ Why the second one works better.
        - "✎ A phrase that works as it is."
          ✎ When to use it.

        ## ✎ Another situation

        - "✎ Calm down." → "✎ I can hear how upsetting this has been."
          ✎ Naming the feeling works better than policing it.

        """
    }
}
