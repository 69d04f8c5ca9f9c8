/// A small word-sequence pattern for free-text opt-outs.
///
/// Written as space-separated slots; a slot lists alternatives with `|`, ends in `?` when
/// optional, and an alternative ending in `*` matches any word with that prefix:
/// `"stop|quit texting|messaging|sending* me?"`.
struct PhrasePattern: Sendable {
    struct Slot: Sendable {
        var words: Set<String>
        var prefixes: [String]
        var isOptional: Bool

        func matches(_ word: String) -> Bool {
            self.words.contains(word) || self.prefixes.contains(where: word.hasPrefix)
        }
    }

    /// Rule id reported for auditing (`en.stop_contact`).
    let id: String
    let slots: [Slot]
    /// A negation just before the match ("don't stop texting me") cancels it.
    let negatable: Bool
    /// A match suggests the number was reassigned ("wrong number").
    let flagsReassignedNumber: Bool

    init(_ id: String, _ pattern: String, negatable: Bool = false, reassigned: Bool = false) {
        self.id = id
        self.negatable = negatable
        self.flagsReassignedNumber = reassigned
        self.slots = pattern.split(separator: " ").map { raw in
            var text = String(raw)
            let isOptional = text.hasSuffix("?")
            if isOptional { text.removeLast() }
            let alternatives = text.split(separator: "|").map(String.init)
            return Slot(words: Set(alternatives.filter { !$0.hasSuffix("*") }),
                        prefixes: alternatives.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) },
                        isOptional: isOptional)
        }
    }

    /// The first match in `words`, as the range of matched words.
    func firstMatch(in words: [String]) -> Range<Int>? {
        for start in words.indices {
            if let end = self.match(words, at: start, slot: 0), end > start { return start..<end }
        }
        return nil
    }

    private func match(_ words: [String], at index: Int, slot: Int) -> Int? {
        guard slot < self.slots.count else { return index }
        let current = self.slots[slot]
        if index < words.count, current.matches(words[index]),
           let end = self.match(words, at: index + 1, slot: slot + 1) {
            return end
        }
        return current.isOptional ? self.match(words, at: index, slot: slot + 1) : nil
    }
}
