/// A weighted word-sequence pattern that signals one intent.
///
/// Written as space-separated slots: alternatives with `|`, a trailing `?` makes a slot optional, an
/// alternative ending in `*` matches any word with that prefix, `_` skips up to two words, a leading
/// `^` anchors at the first word and a trailing `$` at the last:
/// `"send _ link|lnk"`, `"^what is this $"`, `"ship* to"`.
struct IntentPattern: Sendable {
    private enum Slot: Sendable {
        case words(Set<String>, prefixes: [String], optional: Bool)
        case gap
    }

    /// The intent the pattern signals.
    let intent: AssistantIntent
    /// Evidence weight; about 1 is decisive on its own, negative weights veto.
    let weight: Double
    /// The pattern as written, for explanations.
    let source: String
    private let slots: [Slot]
    private let anchoredStart: Bool
    private let anchoredEnd: Bool

    init(_ intent: AssistantIntent, _ weight: Double, _ pattern: String) {
        self.intent = intent
        self.weight = weight
        self.source = pattern
        var parts = pattern.split(separator: " ").map(String.init)
        self.anchoredStart = parts.first == "^"
        self.anchoredEnd = parts.last == "$"
        parts.removeAll { $0 == "^" || $0 == "$" }
        self.slots = parts.map { part in
            if part == "_" { return .gap }
            var text = part
            let optional = text.hasSuffix("?")
            if optional { text.removeLast() }
            let alternatives = text.split(separator: "|").map(String.init)
            return .words(
                Set(alternatives.filter { !$0.hasSuffix("*") }),
                prefixes: alternatives.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) },
                optional: optional)
        }
    }

    /// Words a slot names exactly, for the typo-correction vocabulary.
    var words: Set<String> {
        var result: Set<String> = []
        for case .words(let words, let prefixes, _) in self.slots {
            result.formUnion(words)
            result.formUnion(prefixes.filter { $0.count >= FuzzyVocabulary.minimumLength })
        }
        return result
    }

    /// Whether the pattern occurs in `tokens`.
    func matches(_ tokens: [String]) -> Bool {
        let starts = self.anchoredStart ? (tokens.isEmpty ? [] : [0]) : Array(tokens.indices)
        for start in starts where self.match(tokens, at: start, slot: 0) {
            return true
        }
        return false
    }

    private func match(_ tokens: [String], at index: Int, slot: Int) -> Bool {
        guard slot < self.slots.count else { return !self.anchoredEnd || index == tokens.count }
        switch self.slots[slot] {
        case .gap:
            for skip in 0...2 where index + skip <= tokens.count {
                if self.match(tokens, at: index + skip, slot: slot + 1) { return true }
            }
            return false
        case .words(let words, let prefixes, let optional):
            if index < tokens.count, words.contains(tokens[index]) || prefixes.contains(where: tokens[index].hasPrefix),
                self.match(tokens, at: index + 1, slot: slot + 1)
            {
                return true
            }
            return optional && self.match(tokens, at: index, slot: slot + 1)
        }
    }
}
