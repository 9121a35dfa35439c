extension QuizKind {
    /// A new page of this kind for `parley new`: it passes `parley check` as it is and shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        type: quiz
        title: \(title)
        summary: Check what you learned in this module.
        ---

        Answer every question, then submit to see your score.

        ## A question with one right answer, marked [x]

        - [x] The right answer
          > Feedback shown for this option after submitting.
        - [ ] A wrong answer
          > Why this one is not right.
        - [ ] Another wrong answer

        A paragraph after the options explains the answer.

        ## A question with several right answers: mark each one

        - [x] One right answer
        - [x] Another right answer
        - [ ] A wrong answer
        - [ ] Another wrong answer

        ## Put these steps in order: write them in the right order

        1. The first step
        2. The second step
        3. The third step

        """
    }
}
