import Foundation

/// Turns an inbound text into canonical words: lower case, no accents or emoji, repeated letters
/// collapsed (`pleeease`), SMS shorthand expanded (`u`, `plz`, `rn`), French elisions split
/// (`l'avez` → `l avez`), English contractions joined (`don't` → `dont`) and keywords of five or more
/// letters corrected within edit distance 1. Words of the store's catalog are never corrected
/// (`copper` stays `copper`, not `cover`).
public struct TextNormalizer: Sendable {
    private let vocabulary: FuzzyVocabulary
    private let knownWords: Set<String>

    /// Creates a normaliser that corrects typos towards `keywords`.
    /// - Parameters:
    ///   - keywords: words the classifier and entity matcher look for.
    ///   - knownWords: more words to leave as they are without correcting towards them (the catalog's).
    public init(keywords: Set<String>, knownWords: Set<String> = []) {
        self.vocabulary = FuzzyVocabulary(keywords.union(Self.protectedWords))
        self.knownWords = knownWords
    }

    /// Normalises one text.
    /// - Parameter text: the (already redacted) inbound body.
    /// - Returns: canonical words and signals.
    public func normalize(_ text: String) -> NormalizedText {
        var prepared = text.precomposedStringWithCompatibilityMapping
        let angry = prepared.unicodeScalars.contains { Self.angryEmoji.contains($0) }
        for (emoji, word) in Self.emojiWords { prepared = prepared.replacingOccurrences(of: emoji, with: " \(word) ") }
        let folded = prepared.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = Self.split(folded)
        var tokens: [String] = []
        tokens.reserveCapacity(words.count + 4)
        for word in words { tokens += self.canonical(word) }
        let isQuestion = folded.contains("?") || folded.contains("¿") || tokens.first.map(Self.questionWords.contains) == true
        return NormalizedText(tokens: tokens, isQuestion: isQuestion, hasAngryEmoji: angry, folded: folded)
    }

    /// Canonical form of one raw word: collapsed repeats, shorthand, typo correction.
    func canonical(_ word: String) -> [String] {
        let collapsed = Self.collapseRepeats(word, keep: 2)
        if let expansion = Shorthand.expansions[collapsed] { return expansion }
        if self.vocabulary.contains(collapsed) || self.knownWords.contains(collapsed) || collapsed.first?.isNumber == true {
            return [collapsed]
        }
        let single = Self.collapseRepeats(collapsed, keep: 1)
        if single != collapsed {
            if let expansion = Shorthand.expansions[single] { return expansion }
            if self.vocabulary.contains(single) || self.knownWords.contains(single) { return [single] }
        }
        if let fixed = self.vocabulary.correction(for: collapsed) ?? self.vocabulary.correction(for: single) {
            return [fixed]
        }
        return [collapsed]
    }

    /// Words of a folded text. Apostrophes join English contractions and split French elisions;
    /// `%` becomes `percent`, `#` becomes `number`, `&` becomes `and`.
    static func split(_ folded: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "'" || character == "\u{2019}" || character == "`" {
                if self.elisions.contains(current) { flush() }
            } else {
                flush()
                if character == "%" { words.append("percent") }
                if character == "#" { words.append("number") }
                if character == "&" { words.append("and") }
            }
        }
        flush()
        return words
    }

    /// Runs of one letter longer than `keep` shortened to `keep` (`freee` → `free` with 2).
    static func collapseRepeats(_ word: String, keep: Int) -> String {
        var result = ""
        var last: Character?
        var run = 0
        for character in word {
            if character == last, character.isLetter {
                run += 1
                if run > keep { continue }
            } else {
                run = 1
                last = character
            }
            result.append(character)
        }
        return result
    }

    // French elided words: l'avez, j'ai, n'ai, m'envoyer, c'est, qu'il, d'accord, s'il, t'as.
    private static let elisions: Set<String> = ["l", "j", "n", "m", "c", "d", "s", "t", "qu"]

    private static let questionWords: Set<String> = [
        "how", "what", "when", "where", "why", "who", "which", "can", "could", "do", "does", "is", "are", "will",
        "would", "any", "cuanto", "cuando", "donde", "que", "como", "hay", "tienen", "combien", "quand", "ou",
        "quel", "quelle", "est", "vous", "puedo", "peux",
    ]

    // Everyday words one edit away from a keyword that must never be "corrected" into it.
    private static let protectedWords: Set<String> = [
        "there", "where", "these", "those", "their", "other", "after", "later", "water", "store", "stock",
        "shirt", "short", "sorry", "still", "start", "state", "money", "month", "wants", "think", "thing",
        "place", "price", "prize", "pride", "cheap", "check", "color", "cover", "order", "other", "sizes",
        "sized", "seize", "codes", "coded", "comes", "homes", "which", "while", "white", "whole", "world",
        "would", "could", "should", "human", "humans", "woman", "women", "refund", "return", "deal", "deals",
        "paid", "said", "sale", "same", "long", "large", "light", "right", "night", "might", "wrong", "about",
        "again", "taken", "takes", "maybe", "please", "thanks", "thank", "texts", "fits", "fit", "canada", "grand",
        "spend", "spending", "cases", "write", "wrote",
    ]

    private static let angryEmoji: Set<Unicode.Scalar> = ["\u{1F621}", "\u{1F620}", "\u{1F92C}", "\u{1F47F}", "\u{1F595}"]

    private static let emojiWords: [(String, String)] = [
        ("\u{1F621}", "angryemoji"), ("\u{1F620}", "angryemoji"), ("\u{1F92C}", "angryemoji"), ("\u{1F47F}", "angryemoji"),
        ("\u{1F595}", "angryemoji"), ("\u{1F44D}", "ok"), ("\u{1F44C}", "ok"), ("\u{1F64F}", "please"),
        ("\u{1F6D1}", "stop"), ("\u{2764}\u{FE0F}", "love"), ("\u{1F602}", "lol"), ("\u{1F923}", "lol"),
    ]
}
