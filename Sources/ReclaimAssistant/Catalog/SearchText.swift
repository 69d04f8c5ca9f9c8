import Foundation

/// Tokenisation shared by the catalog index and queries: folded, alphanumeric words, stop words
/// dropped, a plural `s` removed, Spanish and French product words translated.
public enum SearchText {
    /// Index terms of a text.
    /// - Parameter text: any text (title, tags, a shopper's words joined by spaces).
    /// - Returns: terms in order, repeats kept.
    public static func terms(_ text: String) -> [String] {
        self.words(text).compactMap(self.term)
    }

    /// Folded alphanumeric words of a text, as written (`boots`, `cafe`).
    public static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The index term of one folded word, or `nil` for a stop word.
    public static func term(_ word: String) -> String? {
        let term = self.stem(word)
        return self.stopWords.contains(term) ? nil : term
    }

    /// A word reduced to its index form (`boots` → `boot`, `chaqueta` → `jacket`).
    public static func stem(_ word: String) -> String {
        if let translated = self.translations[word] { return translated }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    private static let translations: [String: String] = [
        "chaqueta": "jacket", "chamarra": "jacket", "veste": "jacket", "tienda": "tent", "carpa": "tent",
        "tente": "tent", "bota": "boot", "botas": "boot", "bottes": "boot", "chaussures": "boot", "botella": "bottle",
        "bouteille": "bottle", "gourde": "bottle", "linterna": "headlamp", "lampe": "headlamp", "frontale": "headlamp",
        "saco": "sleeping", "couchage": "sleeping", "people": "person", "persons": "person",
    ]

    /// Words that never identify a product.
    public static let stopWords: Set<String> = [
        "a", "an", "the", "it", "is", "are", "do", "doe", "does", "you", "your", "i", "me", "my", "in", "on", "of",
        "for", "to", "and", "or", "this", "that", "one", "have", "has", "get", "can", "what", "how", "when", "where",
        "which", "with", "any", "some", "will", "would", "there", "come", "thing", "u", "y", "el", "la", "lo", "los",
        "las", "de", "en", "le", "les", "un", "une", "des", "es", "est", "que", "hay", "tienen", "vous", "il", "much",
        "about", "more", "tell", "still", "again", "please", "thanks", "if", "so", "but", "be", "am", "im", "was",
        "it's", "its", "da", "at", "up", "too", "also", "just", "not", "no", "yes", "ok", "all", "other", "color",
        "colour", "size", "price", "cost", "stock", "available", "sale", "need", "want", "like", "look", "new",
    ]
}
