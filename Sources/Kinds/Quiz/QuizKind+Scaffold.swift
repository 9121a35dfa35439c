extension QuizKind {
    /// A new page of this kind for `parley new`: it passes `parley check` with one warning,
    /// that its examples are still there. Each starts with `Placeholder.marker` (✎), which shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        type: quiz
        title: \(title)
        summary: ✎ Check what you learned in this module.
        ---

        ✎ Answer every question, then submit to see your score.

        ## ✎ A question with one right answer, marked [x]

        - [x] ✎ The right answer
          > ✎ Feedback shown for this option after submitting.
        - [ ] ✎ A wrong answer
          > ✎ Why this one is not right.
        - [ ] ✎ Another wrong answer

        ✎ A paragraph after the options explains the answer.

        ## ✎ A question with several right answers: mark each one

        - [x] ✎ One right answer
        - [x] ✎ Another right answer
        - [ ] ✎ A wrong answer
        - [ ] ✎ Another wrong answer

        ## ✎ Put these steps in order: write them in the right order

        1. ✎ The first step
        2. ✎ The second step
        3. ✎ The third step

        """
    }

    public static let scaffoldVariants: [String: @Sendable (_ title: String) -> String] = ["final": finalScaffold(title:)]

    /// A final assessment: a bank with a section per module and a draw from each, three
    /// attempts, and the right answers shown only once passed or out of attempts.
    public static func finalScaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        type: quiz
        title: \(title)
        summary: ✎ Show what you can do across the whole course.
        pass_mark: 80
        draw:
          first-module: 2
          second-module: 2
        attempts: 3
        answers: after-pass
        ---

        ✎ Each attempt asks questions drawn from every module. You have three attempts; the
        right answers are shown once you pass or have used them all.

        # First module

        ## ✎ A situation from the first module: what should the agent do first?

        Objective: ✎ The objective of a lesson that this question tests

        - [ ] ✎ A plausible mistake that a new agent often makes
          > ✎ Why it goes wrong, in a sentence.
        - [x] ✎ The move the module teaches
          > ✎ Why it works.
        - [ ] ✎ Another common mistake, as long and specific as the rest
          > ✎ Why it goes wrong.

        ✎ A paragraph after the options explains the answer.

        ## ✎ Type the name of the technique the module teaches

        - = ✎ the technique
        - = ✎ another accepted wording

        > ✎ What a wrong answer is told.

        ## ✎ Match each reply with what it does

        - "✎ A first reply" → ✎ What the first reply does
        - "✎ A second reply" → ✎ What the second reply does
        - "✎ A third reply" → ✎ What the third reply does

        # Second module

        ## ✎ Which TWO replies keep the customer on your side?

        - [x] ✎ A reply that does what the module teaches
        - [x] ✎ Another reply that does it in other words
        - [ ] ✎ A reply with a common mistake in it
        - [ ] ✎ A reply with another common mistake

        ## ✎ Put the steps in order

        1. ✎ The first step
        2. ✎ The second step
        3. ✎ The third step

        ## ✎ A question with one right answer and three options, each as specific as the rest

        - [ ] ✎ A wrong answer that sounds right to someone who skipped the module
        - [ ] ✎ Another wrong answer built from a real mistake
        - [x] ✎ The right answer

        ## ✎ Rewrite this reply so it keeps the customer on your side: "That's not our policy."

        - Model answer: "✎ Here is what I can do for you today."
          - ✎ says what you can do
          - ✎ leaves out blame

        """
    }
}
