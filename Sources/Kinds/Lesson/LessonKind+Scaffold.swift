extension LessonKind {
    /// A new page of this kind for `parley new`: it passes `parley check` with one warning,
    /// that its examples are still there. Each starts with `Placeholder.marker` (✎), which shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        title: \(title)
        summary: ✎ One sentence on what this lesson is about.
        objectives:
          - ✎ Something the trainee can do after this lesson
        duration: 5
        ---

        ✎ Start with why this matters to the trainee, in a sentence or two.

        ## ✎ A first section

        ✎ Write the lesson in Markdown. Link to another lesson by its file name, as in
        `[the next lesson](02-next-lesson.md)`; every heading is an anchor: `## Staying calm`
        is `#staying-calm`.

        > [!TIP]
        > ✎ Callouts are NOTE, TIP, WARNING, SAY (a phrase to use) and AVOID (one to avoid).

        > [!SAY]
        > "✎ I can hear how frustrating this has been. Let's sort it out."

        ```quiz
        ## ✎ What does a knowledge check like this one do?

        - [x] ✎ It gives feedback on each answer straight away
          > ✎ Right: checks inside a lesson help trainees, they are not graded.
        - [ ] ✎ It counts towards the trainee's score
          > ✎ No: only quiz pages count.

        ✎ A paragraph after the options explains the answer.
        ```

        """
    }
}
