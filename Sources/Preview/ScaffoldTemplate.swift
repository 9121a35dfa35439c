/// The text of a new file: front matter and a short example of the format, which passes
/// `parley check` as it is and shows an author what to replace.
enum ScaffoldTemplate {
    static func text(for kind: Scaffold.Kind, title: String) -> String {
        let title = quoted(title)
        switch kind {
        case .module: return module(title)
        case .lesson: return lesson(title)
        case .quiz: return quiz(title)
        case .phrasebank: return phrasebank(title)
        case .faq: return faq(title)
        case .scenario: return scenario(title)
        }
    }

    /// A YAML double-quoted string, so a title with a colon or a quote stays a title.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func module(_ title: String) -> String {
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

    private static func lesson(_ title: String) -> String {
        """
        ---
        title: \(title)
        summary: One sentence on what this lesson is about.
        objectives:
          - Something the trainee can do after this lesson
        duration: 5
        ---

        Start with why this matters to the trainee, in a sentence or two.

        ## A first section

        Write the lesson in Markdown. Link to another lesson by its file name, as in
        `[the next lesson](02-next-lesson.md)`; every heading is an anchor, such as
        `#a-first-section`.

        > [!TIP]
        > Callouts are NOTE, TIP, WARNING, SAY (a phrase to use) and AVOID (one to avoid).

        > [!SAY]
        > "I can hear how frustrating this has been. Let's sort it out."

        ```quiz
        ## What does a knowledge check like this one do?

        - [x] It gives feedback on each answer straight away
          > Right: checks inside a lesson help trainees, they are not graded.
        - [ ] It counts towards the trainee's score
          > No: only quiz pages count.

        A paragraph after the options explains the answer.
        ```

        """
    }

    private static func quiz(_ title: String) -> String {
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

        ## Put these steps in order: write them in the right order

        1. The first step
        2. The second step
        3. The third step

        """
    }

    private static func phrasebank(_ title: String) -> String {
        """
        ---
        type: phrasebank
        title: \(title)
        summary: Wording to use, and wording to avoid.
        ---

        ## A situation or technique

        - "A phrase to avoid." → "A phrase to say instead."
          Why the second one works better.
        - "A phrase that works as it is."
          When to use it.

        ## Another situation

        - "Calm down." → "I can hear how upsetting this has been."
          Naming the feeling works better than policing it.

        """
    }

    private static func faq(_ title: String) -> String {
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

    private static func scenario(_ title: String) -> String {
        """
        ---
        type: scenario
        title: \(title)
        summary: A practice conversation. Choose what to say and watch the tension.
        tension: 5
        ---

        ## The call opens

        What happens, and what the customer says first.

        **Customer:** "I've been waiting a week for an answer!"

        - "Please calm down." → [Defensive](#defensive) (+2)
        - "A week is a long time to wait. Let me look at it now." → [Listening](#listening) (-2)

        ## Defensive

        **Customer:** "Don't tell me to calm down!"

        - "You're right, I'm sorry. Let me look at it now." → [Listening](#listening) (-1)

        ## Listening

        **Customer:** "Thank you. It's about my refund."

        - "I can see it. It goes out today, and I'll email you when it has." → [Resolved](#resolved) (-2)

        ## Resolved

        The customer thanks you and the call ends calmly. A moment without choices is an
        ending: its text is the debrief. Naming the wait and acting at once lowered the
        tension; telling the customer to calm down raised it.

        """
    }
}
