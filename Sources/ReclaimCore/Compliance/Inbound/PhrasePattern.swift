/// A small word-sequence pattern for free-text opt-outs and their look-alikes.
///
/// Written as space-separated slots; a slot lists alternatives with `|`, ends in `?` when
/// optional, and an alternative ending in `*` matches any word with that prefix. A slot `_` skips
/// up to two words; `$`, alone or as an alternative, matches the end of the clause, and `^` (only as
/// the first slot) its start; `*` alone matches any one word:
/// `"stop|quit texting|messaging|sending* me?"`, `"stop with _ texts"`, `"dont want these anymore|$"`,
/// `"^ please? keep sending"`.
struct PhrasePattern: Sendable {
    enum Slot: Sendable {
        case words(Set<String>, prefixes: [String], optional: Bool, orEnd: Bool = false)
        case gap
        case end
        case start

        func matches(_ word: String) -> Bool {
            guard case .words(let words, let prefixes, _, _) = self else { return false }
            return words.contains(word) || prefixes.contains(where: word.hasPrefix)
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
            if raw == "_" { return .gap }
            if raw == "$" { return .end }
            if raw == "^" { return .start }
            var text = String(raw)
            let isOptional = text.hasSuffix("?")
            if isOptional { text.removeLast() }
            let alternatives = text.split(separator: "|").map(String.init)
            return .words(
                Set(alternatives.filter { !$0.hasSuffix("*") && $0 != "$" }),
                prefixes: alternatives.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) },
                optional: isOptional, orEnd: alternatives.contains("$"))
        }
    }

    /// The words the slots name exactly, for the typo-correction vocabulary.
    var words: Set<String> {
        self.slots.reduce(into: Set<String>()) { result, slot in
            if case .words(let words, _, _, _) = slot { result.formUnion(words) }
        }
    }

    /// The first match in `words`, as the range of matched words.
    func firstMatch(in words: [String]) -> Range<Int>? {
        for start in words.indices {
            if let end = self.match(words, at: start, slot: 0), end > start { return start..<end }
        }
        return nil
    }

    /// Every position a match covers, for marking words as explained.
    func coveredIndices(in words: [String]) -> Set<Int> {
        var covered: Set<Int> = []
        for start in words.indices {
            if let end = self.match(words, at: start, slot: 0), end > start { covered.formUnion(start..<end) }
        }
        return covered
    }

    private func match(_ words: [String], at index: Int, slot: Int) -> Int? {
        guard slot < self.slots.count else { return index }
        switch self.slots[slot] {
        case .end:
            return index == words.count ? index : nil
        case .start:
            return index == 0 ? self.match(words, at: index, slot: slot + 1) : nil
        case .gap:
            for skip in 0...2 where index + skip <= words.count {
                if let end = self.match(words, at: index + skip, slot: slot + 1) { return end }
            }
            return nil
        case .words(_, _, let optional, let orEnd):
            if index < words.count, self.slots[slot].matches(words[index]),
                let end = self.match(words, at: index + 1, slot: slot + 1)
            {
                return end
            }
            if orEnd, index == words.count { return index }
            return optional ? self.match(words, at: index, slot: slot + 1) : nil
        }
    }
}
