import Foundation

/// Reduces an inbound text to lower-case, accent-free words grouped in clauses, so that case,
/// punctuation, whitespace, emoji, full-width letters and curly apostrophes never matter
/// (CTIA §5.1.3: "de minimis variances").
enum InboundTextNormalizer {
    /// Word pairs merged into one token before matching (negations, two-word keywords).
    private static let joins: [(String, String, String)] = [
        ("opt", "out", "optout"), ("no", "mas", "nomas"), ("don", "t", "dont"), ("do", "not", "dont"),
        ("can", "t", "cant"), ("can", "not", "cant"), ("cannot", "", "cant"), ("won", "t", "wont"),
        ("will", "not", "wont"), ("didn", "t", "didnt"), ("did", "not", "didnt"), ("doesn", "t", "doesnt"),
        ("does", "not", "doesnt"), ("por", "favor", "porfavor"), ("un", "subscribe", "unsubscribe"),
        ("stop", "all", "stopall"),
    ]

    /// Clauses of a text (split at sentence punctuation and line breaks), each a list of words.
    static func clauses(_ text: String) -> [[String]] {
        var prepared = text.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "🛑", with: " stop ")
            .replacingOccurrences(of: "#", with: " number ")
        prepared = prepared.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var clauses: [[String]] = []
        var current = ""
        for character in prepared {
            if ".!?,;:\n\r¡¿".contains(character) {
                clauses.append(self.words(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        clauses.append(self.words(current))
        clauses = clauses.filter { !$0.isEmpty }
        // "S.T.O.P" → one clause "stop"
        if clauses.count > 2, clauses.allSatisfy({ $0.count == 1 && $0[0].count == 1 }) {
            return [[clauses.map { $0[0] }.joined()]]
        }
        return clauses
    }

    /// Words of one clause: letters and digits only, apostrophes and hyphens split words, known
    /// pairs merged, and a word spelled out letter by letter (`s t o p`) put back together.
    static func words(_ text: String) -> [String] {
        var words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        if words.count > 2, words.allSatisfy({ $0.count == 1 }) { words = [words.joined()] }
        var merged: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            if let join = self.joins.first(where: { $0.0 == word && ($0.1 == next || $0.1.isEmpty) }) {
                merged.append(join.2)
                index += join.1.isEmpty ? 1 : 2
            } else {
                merged.append(word)
                index += 1
            }
        }
        // "s il vous plait" / "s il te plait" → "svp"
        return self.replace(["s", "il", "vous", "plait"], with: "svp", in: self.replace(["s", "il", "te", "plait"],
                                                                                          with: "svp", in: merged))
    }

    private static func replace(_ phrase: [String], with token: String, in words: [String]) -> [String] {
        guard words.count >= phrase.count else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + phrase.count <= words.count, Array(words[index..<(index + phrase.count)]) == phrase {
                result.append(token)
                index += phrase.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
