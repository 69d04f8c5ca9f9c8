import ReclaimCore

/// Known keywords with a symmetric-delete index, so a misspelt word (`shpiping`, `dsicount`) finds its
/// keyword within edit distance 1 (insert, delete, substitute or swap two neighbours) in a few hash
/// lookups instead of a scan.
struct FuzzyVocabulary: Sendable {
    /// Shortest keyword and word that may be corrected; shorter ones are too ambiguous.
    static let minimumLength = 5

    private let words: Set<String>
    private let deletes: [String: [String]]

    /// Indexes `words`; only those of at least ``minimumLength`` characters take part in correction.
    init(_ words: Set<String>) {
        self.words = words
        var deletes: [String: [String]] = [:]
        for word in words.sorted() where word.count >= Self.minimumLength {
            for key in Self.deletions(of: word) + [word] {
                deletes[key, default: []].append(word)
            }
        }
        self.deletes = deletes
    }

    /// Whether `word` is a keyword as written.
    func contains(_ word: String) -> Bool { self.words.contains(word) }

    /// The keyword within edit distance 1 of `word`, or `nil`.
    func correction(for word: String) -> String? {
        guard word.count >= Self.minimumLength, !self.words.contains(word) else { return nil }
        var candidates: [String] = self.deletes[word] ?? []
        for key in Self.deletions(of: word) { candidates += self.deletes[key] ?? [] }
        return candidates.first { EditDistance.isWithinOne(word, $0) }
    }

    private static func deletions(of word: String) -> [String] {
        let characters = Array(word)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }
}
