/// Classifies an inbound text as an opt-out, a HELP request, an opt-in, or none of these.
///
/// Revocation by any reasonable means (FCC 64.1200(a)(10), compliance-rules.md §1.1): when a reply
/// reads as a wish to stop, the strict reading wins and it is an opt-out; when it only might be one,
/// it is ``InboundClassification/Kind/none`` with ``InboundClassification/needsReview`` and a rule
/// `review:<cue>` (the server stops marketing to the number and asks once); ordinary shopping
/// questions raise nothing.
///
/// Rules, in order (opt-out always wins):
/// 1. **Opt-out keyword clause.** Any clause (split at `. ! ? , ; :` and line breaks) made only of
///    opt-out keywords, fillers and other keywords (`start stop`, `help stop` mean stop): `STOP`,
///    ` stop!!`, `*stop*`, `Stop please`, `STOP ALL`, `opt-out`, `Arrêt`, `no más`, `stop svp`,
///    `wrong number, stop`, `oh great another text. stop.` One exception: a first clause that is only
///    `Stop!`, `Arrête !` or `¡Para!` followed by praise or buying and no word about the texts
///    (`Stop! that's a great price, buying now`) is an exclamation, not an opt-out, and needs review
///    (``OptOutReview``).
/// 2. **Free-text revocation** (``OptOutPhrases``), patterns over verbs, objects and negation in
///    English, Spanish, French and German: stop/quit/refrain + contact (`stop txting me`, `refrain from
///    texting`); negation + contact verb + me (`can you not text me anymore`, `no me escribas`, `ne
///    m'écrivez plus`); not wanting messages (`I'd rather not get texts`, `no quiero recibir más`, `je ne
///    veux plus recevoir`); removing the shopper or the number (`take me off`, `lose my number`,
///    `bórrenme`, `supprimez mon numéro`); unsubscribe in any spelling; consent never or only partly given
///    (`never signed up`, `who gave you my number`, `only gave my number for order updates, not ads`);
///    spam (`this is spam`, `reporting spam`, `c'est du spam`); being fed up (`done with these texts`,
///    `harto de sus mensajes`, `j'en ai marre de vos messages`); `leave me alone`, `déjenme en paz`;
///    wrong number (flags a possible reassignment). A negation just before some phrases cancels them
///    (`don't stop texting me`). Also: cease and desist, `stop getting these`, `turn these off`, `do not
///    contact`, `block my number`, `opting out`, `forget you ever had this number`, `no more coffee texts`,
///    `texting me without my consent`, the law and registers (`TCPA`, `to the FTC`, `CNIL`, `Bloctel`),
///    spoken French without ne (`me contactez plus`), `lâchez-moi`, `olvídense de mi número`.
/// 3. **Threats and keep wishes** (``OptOutContext``): a complaint or legal threat with the texts going on
///    (`je vais porter plainte si vous continuez`, `voy a denunciar si siguen escribiendo`) is an opt-out;
///    an explicit wish to keep receiving (`keep em coming`) turns a free-text opt-out phrase in the same
///    text into a review (`review:keep_wish:<id>`) and explains stop words away (`never stop sending me
///    these codes`).
/// 4. **HELP/INFO**: the whole text is a help keyword with fillers (`help?`, `INFO`).
/// 5. **START/UNSTOP**, and **YES** only when the number is currently suppressed.
///
/// Words are normalised first (``InboundTextNormalizer``): case, accents, punctuation, stretched
/// letters, shorthand and one typo in a long word never matter (`unsusbcribe`, `stahp`, `pls stop w the
/// texts`). No substring matching: `Can't stop thinking about that jacket`, `stop by the store?`,
/// `Don't stop the deals!`, `cancel my order`, `remove the mug from my cart`, `Para mi hermana`, `when
/// does the sale end?` are not opt-outs and raise no review; `why do you keep texting me` or a lone
/// `cancel it` inside a longer text is not an opt-out but needs review.
public enum InboundKeywordClassifier {
    /// Classifies one inbound text.
    /// - Parameters:
    ///   - text: the raw inbound body.
    ///   - isSuppressed: whether the number is currently opted out (decides what `YES` means).
    /// - Returns: the request and the rule that decided it.
    public static func classify(_ text: String, isSuppressed: Bool = false) -> InboundClassification {
        let clauses = InboundTextNormalizer.clauses(text)
        var exclamation: String?
        let keepWish = OptOutContext.keepWish(in: clauses)
        var contradicted: String?
        if let optOut = self.optOut(in: clauses, keepWish: keepWish, exclamation: &exclamation, contradicted: &contradicted) {
            return optOut
        }
        let words = clauses.flatMap { $0 }
        if let keyword = self.keywordMessage(words, keywords: OptOutVocabulary.helpKeywords) {
            return InboundClassification(kind: .help, rule: "keyword:\(keyword)", matchedText: words.joined(separator: " "))
        }
        if let keyword = self.keywordMessage(words, keywords: OptOutVocabulary.optInKeywords) {
            return InboundClassification(kind: .optIn, rule: "keyword:\(keyword)", matchedText: words.joined(separator: " "))
        }
        if let keyword = self.keywordMessage(words, keywords: OptOutVocabulary.conditionalOptInKeywords) {
            if isSuppressed {
                return InboundClassification(
                    kind: .optIn, rule: "keyword:\(keyword) (suppressed)",
                    matchedText: words.joined(separator: " "))
            }
            return InboundClassification(kind: .none, rule: nil, matchedText: nil)
        }
        // A wish to keep the texts explains stop words away, but not a complaint about them.
        let cue =
            exclamation.map { "exclamation:\($0)" } ?? contradicted.map { "keep_wish:\($0)" }
            ?? (keepWish == nil ? OptOutReview.cue(in: clauses) : OptOutReview.complaint(in: clauses))
        guard let cue else {
            return InboundClassification(kind: .none, rule: nil, matchedText: nil)
        }
        return InboundClassification(kind: .none, rule: "review:\(cue)", matchedText: nil, needsReview: true)
    }

    /// Whether a text is an opt-out; shorthand for `classify(text).kind == .optOut`.
    /// - Parameter text: the raw inbound body.
    public static func isOptOut(_ text: String) -> Bool { self.classify(text).kind == .optOut }

    private static func optOut(
        in clauses: [[String]], keepWish: String?, exclamation: inout String?,
        contradicted: inout String?
    ) -> InboundClassification? {
        for (index, clause) in clauses.enumerated() {
            if let keyword = self.keywordMessage(
                clause, keywords: OptOutVocabulary.keywords,
                alsoAllowed: OptOutVocabulary.otherKeywords)
            {
                if OptOutReview.isExclamation(clauses, at: index) {
                    exclamation = keyword
                    continue
                }
                let rule = clauses.count == 1 && clause == [keyword] ? "keyword:\(keyword)" : "clause:\(keyword)"
                return InboundClassification(kind: .optOut, rule: rule, matchedText: clause.joined(separator: " "))
            }
            if OptOutVocabulary.clausePhrases.contains(clause) {
                return InboundClassification(
                    kind: .optOut, rule: "clause:\(clause.joined(separator: " "))",
                    matchedText: clause.joined(separator: " "))
            }
        }
        for clause in clauses {
            for pattern in OptOutPhrases.all {
                guard let range = pattern.firstMatch(in: clause) else { continue }
                if pattern.negatable && self.isNegated(clause, before: range.lowerBound, spanish: pattern.id.hasPrefix("es.")) {
                    continue
                }
                if keepWish != nil {
                    contradicted = contradicted ?? pattern.id
                    continue
                }
                return InboundClassification(
                    kind: .optOut, rule: "phrase:\(pattern.id)", matchedText: clause[range].joined(separator: " "),
                    possibleReassignedNumber: pattern.flagsReassignedNumber)
            }
        }
        if keepWish == nil, let threat = OptOutContext.threat(in: clauses) {
            return InboundClassification(kind: .optOut, rule: "threat:\(threat)", matchedText: nil)
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

    /// A negation up to three words before (`don't stop texting me`), or Spanish `no` just before
    /// (`no dejen de mandarme ofertas`).
    private static func isNegated(_ words: [String], before index: Int, spanish: Bool) -> Bool {
        if spanish, index > 0, words[index - 1] == "no" { return true }
        return words[max(0, index - 3)..<index].contains(where: OptOutVocabulary.negations.contains)
    }
}
