/// How a typed answer is compared, for code outside the quiz kind (and its tests).
public enum TypedAnswerCheck {
    /// Lower case, composed accents, single spaces, no final punctuation.
    public static func normalized(_ text: String) -> String {
        TypedAnswer.normalized(text)
    }
}
