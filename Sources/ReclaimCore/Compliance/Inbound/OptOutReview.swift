/// Reads what the phrase rules leave: whether a text that is not an opt-out still looks like a wish
/// to stop (``InboundClassification/needsReview``), and whether a lone STOP is an exclamation.
///
/// - **Cues** raise a review: an opt-out word (`stop`, `unsubscribe`, `cancel`, `remove`, `quit`,
///   `spam`, `harto`, `marre`…) that no look-alike explains, a weak word (`end`, `para`, `alto`,
///   `baja`) next to a message word, or a complaint about the texts (`why do you keep texting`,
///   `too many texts`, `can you not`, `demasiados mensajes`, `trop de sms`).
/// - **Look-alikes** explain a word away: `stop by|in|at`, `can't stop thinking`, `don't stop the
///   deals`, `the next stop`, `it stops the rain`, `cancel my order`, `remove the mug from my cart`,
///   `para mi hermana`, `when does the sale end`. Ordinary shopping questions raise no review.
/// - **Exclamations**: a first clause that is only `Stop!`, `Arrête !` or `¡Para!` followed by praise
///   or buying (`that's a great price, buying now`, `c'est trop beau`) and no word about the texts is
///   not an opt-out, but a per-se keyword is never cleared silently: it raises a review.
enum OptOutReview {
    /// The first stop-ish cue no look-alike explains (`keep_texting`, `word:cancel`), or `nil`.
    static func cue(in clauses: [[String]]) -> String? {
        for clause in clauses {
            if let complaint = self.complaints.first(where: { $0.firstMatch(in: clause) != nil }) { return complaint.id }
            if let index = clause.indices.first(where: { self.isUnexplainedCue(clause, at: $0) }) {
                return "word:\(clause[index])"
            }
        }
        return nil
    }

    /// The first complaint about the texts (`keep_texting`, `too_many`), or `nil`; what still needs review
    /// when the text also asks to keep the texts.
    static func complaint(in clauses: [[String]]) -> String? {
        for clause in clauses {
            if let complaint = self.complaints.first(where: { $0.firstMatch(in: clause) != nil }) { return complaint.id }
        }
        return nil
    }

    /// Whether clause `index`, a keyword clause, is an exclamation of delight rather than a request.
    static func isExclamation(_ clauses: [[String]], at index: Int) -> Bool {
        guard index == 0, clauses.count > 1 else { return false }
        let words = clauses[0].filter { !self.exclamationFillers.contains($0) }
        guard words.count == 1, self.exclamationKeywords.contains(words[0]) else { return false }
        let rest = clauses.dropFirst()
        let delighted = rest.contains { $0.contains(where: self.delight.contains) }
        let aboutTexts = rest.contains { clause in
            clause.contains(where: self.againstTexts.contains) || self.cue(in: [clause]) != nil
        }
        return delighted && !aboutTexts
    }

    private static func isUnexplainedCue(_ clause: [String], at index: Int) -> Bool {
        let word = clause[index]
        let previous = index > 0 ? clause[index - 1] : ""
        let next = index + 1 < clause.count ? clause[index + 1] : ""
        let afterNext = index + 2 < clause.count ? clause[index + 2] : ""
        if self.stopWords.contains(word) {
            if previous == "dont" || previous == "non" || self.nounDeterminers.contains(previous) { return false }
            // "don't ever stop these sales", "je n'arrête pas de penser à cette veste".
            if index >= 2, clause[index - 2] == "dont" { return false }
            if (previous == "n" || previous == "ne") && next == "pas" { return false }
            // "stop my order, wrong address": a service request, like "cancel my order".
            if self.orderWords.contains(next) || (self.possessives.contains(next) && self.orderWords.contains(afterNext)) {
                return false
            }
            // "can't stop won't stop shopping", "never gonna stop": unless the texts follow ("won't stop texting me").
            if ["cant", "wont", "never"].contains(previous), !next.isEmpty, !self.textWords.contains(next),
                !["getting", "receiving"].contains(next)
            {
                return false
            }
            if self.placePrepositions.contains(next) { return false }
            if self.isOtherGerund(next) { return false }
            // "it stops the rain", "la veste arrête la pluie": a subject and a thing, not an order to us.
            if self.articles.contains(next), !self.textWords.contains(afterNext), !previous.isEmpty,
                !self.imperativeLeads.contains(previous)
            {
                return false
            }
            // "does the rain jacket stop wind?": a question about a thing, not about the texts.
            if self.questionLeads.contains(clause[0]), !previous.isEmpty, !self.imperativeLeads.contains(previous),
                !self.textWords.contains(previous), !next.isEmpty, !self.textWords.contains(next)
            {
                return false
            }
            return true
        }
        // "I quit my job": only a bare "quit", "quit it", or one next to the texts is a cue.
        if word == "quit" {
            return next.isEmpty || ["it", "this", "that"].contains(next) || clause.contains(where: self.textWords.contains)
        }
        if word == "cancel" || word == "cancelar" { return !clause.contains(where: self.orderWords.contains) }
        if word == "remove" {
            return !(self.removableThings.contains(next) || clause.contains(where: self.orderWords.contains))
        }
        if self.weakWords.contains(word) { return clause.contains(where: self.textWords.contains) }
        return self.strongWords.contains(word) || self.strongPrefixes.contains(where: word.hasPrefix)
    }

    private static func isOtherGerund(_ word: String) -> Bool {
        word.count > 4 && word.hasSuffix("ing") && !self.textWords.contains(word)
    }
}
