extension ScenarioKind {
    /// A new page of this kind for `parley new`: it passes `parley check` with one warning,
    /// that its examples are still there. Each starts with `Placeholder.marker` (✎), which shows
    /// an author what to replace.
    public static func scaffold(title: String) -> String {
        """
        ---
        # parley new: write your own text in place of each example marked with a pencil, then delete the pencil
        type: scenario
        title: \(title)
        summary: ✎ A practice conversation. Choose what to say and watch the tension.
        tension: 5
        ---

        ## ✎ The call opens

        ✎ What happens, and what the customer says first.

        **Customer:** "✎ I've been waiting a week for an answer!"

        - "✎ Please calm down." → [Defensive](#defensive) (+2)
        - "✎ A week is a long time to wait. Let me look at it now." → [Listening](#listening) (-2)

        ## Defensive

        **Customer:** "✎ Don't tell me to calm down!"

        - "✎ You're right, I'm sorry. Let me look at it now." → [Listening](#listening) (-1)

        ## Listening

        **Customer:** "✎ Thank you. It's about my refund."

        - "✎ I can see it. It goes out today, and I'll email you when it has." → [Resolved](#resolved) (-2)

        ## Resolved

        ✎ The customer thanks you and the call ends calmly. A moment without choices is an
        ending: its text is the debrief. Naming the wait and acting at once lowered the
        tension; telling the customer to calm down raised it.

        """
    }
}
