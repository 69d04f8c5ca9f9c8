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

    /// A wish to keep the texts explains a stop word away and turns an opt-out phrase it contradicts into a
    /// review; a keyword clause stays an opt-out, and a threat needs the texts going on.
    @Test(arguments: [
        ("Never stop sending me these discount codes 🙌", InboundClassification.Kind.none, false),
        ("unsubscribe from these? lol never, keep em coming", .none, true),
        ("keep em coming 🙄 unsubscribe me", .optOut, false), ("you never stop texting me", .none, true),
        ("je vais porter plainte contre le transporteur", .none, false),
        ("je vais porter plainte si ça continue", .optOut, false), ("si siguen mandando mensajes los demando", .optOut, false),
    ])
    func keepWishesAndThreatsReadTheWholeText(text: String, kind: InboundClassification.Kind, review: Bool) {
        let result = InboundKeywordClassifier.classify(text)
        #expect(result.kind == kind, "\(text) → \(result)")
        #expect(result.needsReview == review, "\(text) → \(result)")
    }

    @Test(arguments: [
        ("can you not text me anymore thx", "phrase:en.dont_contact"), ("this is spam", "phrase:en.spam"),
        ("reporting spam", "phrase:en.report_spam"), ("who gave you my number??", "phrase:en.who_gave"),
        ("I only gave my number for order updates, not ads", "phrase:en.only_for_orders"),
        ("Estoy harto de sus mensajes", "phrase:es.harto"), ("déjenme en paz", "phrase:es.en_paz"),
        ("j'en ai marre de vos messages", "phrase:fr.marre"), ("c'est du spam", "phrase:fr.spam"),
        ("pls stop w the texts", "phrase:en.stop_contact"), ("unsusbcribe", "keyword:unsubscribe"),
        ("Cease and desist all text messages to this phone", "phrase:en.cease"),
        ("Can I stop getting these messages?", "phrase:en.stop_getting"), ("How do I turn these off?", "phrase:en.turn_off"),
        ("Not interested. Do not contact.", "phrase:en.dont_contact_end"),
        ("Please block my number from your system", "phrase:en.block_number"), ("I'm opting out.", "phrase:en.opting_out"),
        ("forget you ever had this number", "phrase:en.forget_number"), ("no more coffee texts 🙅‍♀️", "phrase:en.no_more_product"),
        ("Texting me without my consent is a TCPA violation", "phrase:en.without_consent"), ("Cease immediately.", "clause:cease"),
        ("I'm going to report this number to the FTC if you text me again", "phrase:en.to_the_regulator"),
        ("this is a TCPA violation", "phrase:en.regulator"),
        ("I'm going to report this number", "phrase:en.report_number"),
        ("kiero q dejen d mandarme msjs", "phrase:es.deja_de"), ("Olvídense de mi número", "phrase:es.olvidar_numero"),
        ("Voy a denunciar este número si siguen escribiendo", "phrase:es.denunciar"),
        ("Me contactez plus svp", "phrase:fr.plus_sans_ne"), ("encore un msg... sérieux, lâchez-moi", "phrase:fr.lachez_moi"),
        ("Je vais porter plainte si vous continuez à m'envoyer ces messages", "threat:fr.threat"),
        ("unsubscribe from these? lol never, keep em coming", "review:keep_wish:en.unsubscribe"),
    ])
    func newRulesAreReportedForAuditing(text: String, rule: String) {
        #expect(InboundKeywordClassifier.classify(text).rule == rule, "\(text)")
    }
}
