import Testing

@testable import ReclaimCore

/// The revocation tuning set (``RevocationTuningSet``) through the inbound classifier: every
/// revocation is an opt-out, no look-alike is, and only stop-ish texts raise a review.
@Suite struct RevocationTuningTests {
    @Test func tuningSetIsLargeEnoughInEveryLanguage() {
        #expect(RevocationTuningSet.revocations.count >= 60)
        #expect(RevocationTuningSet.lookAlikes.count + RevocationTuningSet.exclamations.count >= 30)
        for language in ["en", "es", "fr"] {
            #expect(RevocationTuningSet.revocations.filter { $0.language == language }.count >= 15, "\(language)")
        }
    }

    @Test(arguments: RevocationTuningSet.revocations)
    func revocationIsAnOptOut(reply: RevocationTuningSet.Reply) {
        let result = InboundKeywordClassifier.classify(reply.text)
        #expect(result.kind == .optOut, "\(reply.text) → \(result)")
        #expect(result.rule != nil)
    }

    @Test(arguments: RevocationTuningSet.lookAlikes)
    func lookAlikeIsNeitherAnOptOutNorAReview(text: String) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .none, "\(text) → \(result)")
        #expect(!result.needsReview, "\(text) → \(result)")
    }

    @Test(arguments: RevocationTuningSet.exclamations)
    func exclamationIsNotAnOptOutButNeedsReview(text: String) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .none, "\(text) → \(result)")
        #expect(result.needsReview)
        #expect(result.rule?.hasPrefix("review:exclamation:") == true, "\(text) → \(result)")
    }

    @Test(arguments: RevocationTuningSet.ambiguous)
    func ambiguousStopIshTextNeedsReview(text: String) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == .none, "\(text) → \(result)")
        #expect(result.needsReview, "\(text)")
    }

    /// Sarcasm does not hide a STOP; praise after a lone STOP does not make one.
    @Test(arguments: [
        ("oh great another text. stop.", InboundClassification.Kind.optOut), ("Stop! great, another text", .optOut),
        ("Stop. The price is too high", .optOut), ("STOP!!! I bought it already", .optOut),
        ("Stop! that's a great price, buying now", .none), ("Stop! love these texts", .optOut),
        ("stop, how much is the tent?", .optOut), ("arrête, c'est trop beau", .none), ("arrête, encore un sms", .optOut),
    ])
    func exclamationNeedsPraiseAndNoWordAboutTheTexts(text: String, kind: InboundClassification.Kind) {
        #expect(InboundKeywordClassifier.classify(text).kind == kind, "\(text)")
    }

    @Test(arguments: [
        ("can you not text me anymore thx", "phrase:en.dont_contact"), ("this is spam", "phrase:en.spam"),
        ("reporting spam", "phrase:en.report_spam"), ("who gave you my number??", "phrase:en.who_gave"),
        ("I only gave my number for order updates, not ads", "phrase:en.only_for_orders"),
        ("Estoy harto de sus mensajes", "phrase:es.harto"), ("déjenme en paz", "phrase:es.en_paz"),
        ("j'en ai marre de vos messages", "phrase:fr.marre"), ("c'est du spam", "phrase:fr.spam"),
        ("pls stop w the texts", "phrase:en.stop_contact"), ("unsusbcribe", "keyword:unsubscribe"),
    ])
    func newRulesAreReportedForAuditing(text: String, rule: String) {
        #expect(InboundKeywordClassifier.classify(text).rule == rule, "\(text)")
    }
}
