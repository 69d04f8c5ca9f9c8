/// An inbound text reduced to canonical words for matching, with the signals normalisation found.
public struct NormalizedText: Sendable, Hashable {
    /// Lower-case, accent-free words with shorthand expanded, repeats collapsed and typos of known
    /// keywords corrected (`pleeease plz send teh lnik` → `please please send the link`).
    public var tokens: [String]
    /// Whether the text asked something (a `?`, `¿`, or a question word first).
    public var isQuestion: Bool
    /// Angry-face or similar emoji were present.
    public var hasAngryEmoji: Bool
    /// The text after case and accent folding, before splitting into words.
    public var folded: String

    /// Creates a normalised text.
    public init(tokens: [String], isQuestion: Bool, hasAngryEmoji: Bool, folded: String) {
        self.tokens = tokens
        self.isQuestion = isQuestion
        self.hasAngryEmoji = hasAngryEmoji
        self.folded = folded
    }
}
