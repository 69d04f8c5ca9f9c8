/// Recognises "does the store have X" questions — `do you have decaf?`, `do u guys sell trekking poles`,
/// `¿tienen botas?`, `vous vendez des gants ?` — and the words naming X.
///
/// Such a question is about a product the store may or may not carry; when it also names an option
/// value (`do u have whole bean in 14oz?`) it is a variant question instead.
enum CarriedItemQuestion {
    private static let patterns: [IntentPattern] = IntentLexicon.rules([
        (.product, 1, "do|does you|u all|guys? guys? have|sell|carry|stock|got|make"),
        (.product, 1, "tienen|tienes|venden|vendes|manejan|avez|vendez"),
    ])

    /// Words that ask rather than name the item.
    static let askingWords: Set<String> = [
        "do", "doe", "does", "you", "u", "yall", "ya", "all", "guy", "guys", "have", "sell", "carry", "stock", "got",
        "make", "tienen", "tiene", "tienes", "venden", "vendes", "manejan", "avez", "vendez", "vous", "any",
        "anything", "like", "also", "too", "still", "other", "else", "kind", "type",
    ]

    /// Whether the words ask whether the store carries something.
    static func matches(_ tokens: [String]) -> Bool {
        self.patterns.contains { $0.matches(tokens) }
    }

    /// The index terms that name the item asked about (`trekking`, `pole`), without the asking words.
    static func itemTerms(_ tokens: [String]) -> [String] {
        SearchText.terms(tokens.joined(separator: " ")).filter { !self.askingWords.contains($0) }
    }
}
