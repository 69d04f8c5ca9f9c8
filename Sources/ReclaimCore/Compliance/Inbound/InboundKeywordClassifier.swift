/// Classifies an inbound text as an opt-out, a HELP request, an opt-in, or none of these.
///
/// Rules, in order (opt-out always wins):
/// 1. **Opt-out keyword clause.** Any clause (split at `. ! ? , ; :` and line breaks) made only of
///    opt-out keywords, fillers and other keywords (`start stop`, `help stop` mean stop): `STOP`, ` stop!!`, `*stop*`, `Stop please`, `STOP ALL`,
///    `opt-out`, `Arrêt`, `no más`, `stop svp`, `wrong number, stop`.
/// 2. **Free-text revocation** a reasonable person would read as "stop texting me"
///    (FCC 64.1200(a)(10)): `Stop texting me please`, `take me off your list`, `no me escribas`,
///    `ne plus recevoir`… A negation just before some phrases cancels them ("don't stop texting me").
/// 3. **HELP/INFO**: the whole text is a help keyword with fillers (`help?`, `INFO`).
/// 4. **START/UNSTOP**, and **YES** only when the number is currently suppressed.
///
/// No substring matching: `Can't stop thinking about that jacket`, `stop by the store?`,
/// `does shipping stop at the border`, `Don't stop the deals!` are not opt-outs; they come back
/// as ``InboundClassification/Kind/none`` with `needsReview` so the intent check (or a person)
/// decides, suppressing when in doubt.
public enum InboundKeywordClassifier {
    /// Classifies one inbound text.
    /// - Parameters:
    ///   - text: the raw inbound body.
    ///   - isSuppressed: whether the number is currently opted out (decides what `YES` means).
    /// - Returns: the request and the rule that decided it.
    public static func classify(_ text: String, isSuppressed: Bool = false) -> InboundClassification {
        let clauses = InboundTextNormalizer.clauses(text)
        if let optOut = self.optOut(in: clauses) { return optOut }
        let words = clauses.flatMap { $0 }
        if let keyword = self.keywordMessage(words, keywords: OptOutVocabulary.helpKeywords) {
            return InboundClassification(kind: .help, rule: "keyword:\(keyword)", matchedText: words.joined(separator: " "))
        }
        if let keyword = self.keywordMessage(words, keywords: OptOutVocabulary.optInKeywords) {
            return InboundClassification(kind: .optIn, rule: "keyword:\(keyword)", matchedText: words.joined(separator: " "))
        }
        if let keyword = self.keywordMessage(words, keywords: OptOutVocabulary.conditionalOptInKeywords) {
            if isSuppressed {
                return InboundClassification(kind: .optIn, rule: "keyword:\(keyword) (suppressed)",
                                             matchedText: words.joined(separator: " "))
            }
            return InboundClassification(kind: .none, rule: nil, matchedText: nil)
        }
        let mentions = words.contains { word in
            OptOutVocabulary.keywords.contains(word) || word.hasPrefix("unsub") || word.hasPrefix("desabonn")
        }
        return InboundClassification(kind: .none, rule: nil, matchedText: nil, needsReview: mentions)
    }

    /// Whether a text is an opt-out; shorthand for `classify(text).kind == .optOut`.
    /// - Parameter text: the raw inbound body.
    public static func isOptOut(_ text: String) -> Bool { self.classify(text).kind == .optOut }

    private static func optOut(in clauses: [[String]]) -> InboundClassification? {
        for clause in clauses {
            if let keyword = self.keywordMessage(clause, keywords: OptOutVocabulary.keywords,
                                                 alsoAllowed: OptOutVocabulary.otherKeywords) {
                let rule = clauses.count == 1 && clause == [keyword] ? "keyword:\(keyword)" : "clause:\(keyword)"
                return InboundClassification(kind: .optOut, rule: rule, matchedText: clause.joined(separator: " "))
            }
            if OptOutVocabulary.clausePhrases.contains(clause) {
                return InboundClassification(kind: .optOut, rule: "clause:\(clause.joined(separator: " "))",
                                             matchedText: clause.joined(separator: " "))
            }
        }
        for clause in clauses {
            for pattern in OptOutPhrases.all {
                guard let range = pattern.firstMatch(in: clause) else { continue }
                if pattern.negatable && self.isNegated(clause, before: range.lowerBound) { continue }
                return InboundClassification(
                    kind: .optOut, rule: "phrase:\(pattern.id)", matchedText: clause[range].joined(separator: " "),
                    possibleReassignedNumber: pattern.flagsReassignedNumber)
            }
        }
        return nil
    }

    /// The keyword when `words` are only keywords and fillers with at least one keyword.
    private static func keywordMessage(_ words: [String], keywords: Set<String>, alsoAllowed: Set<String> = []) -> String? {
        guard let keyword = words.first(where: keywords.contains) else { return nil }
        let allowed = words.allSatisfy {
            keywords.contains($0) || OptOutVocabulary.fillers.contains($0) || alsoAllowed.contains($0)
        }
        return allowed ? keyword : nil
    }

    private static func isNegated(_ words: [String], before index: Int) -> Bool {
        words[max(0, index - 3)..<index].contains(where: OptOutVocabulary.negations.contains)
    }
}
