import ReclaimAssistant
import ReclaimCore
import Testing

/// Revocation by any reasonable means, through the compliance classifier and the assistant together
/// (issue 16 item 2): a revocation ends in `opt_out` whichever of the two reads it, a look-alike in
/// neither, and an ordinary shopping question raises no review.
@Suite struct RevocationAssistantTests {
    static let shoppingIntents: Set<AssistantIntent> = [.shipping, .returns, .variant, .product, .price, .discount, .purchase]

    @Test(arguments: [
        "can you not text me anymore thx", "I only gave my number for order updates, not ads",
        "Estoy harto de sus mensajes", "this is spam", "who gave you my number??", "lose my number",
        "désinscrivez-moi", "bórrenme", "unsusbcribe", "oh great another text. stop.",
        "Cease and desist all text messages to this phone", "How do I turn these off?", "Not interested. Do not contact.",
        "kiero q dejen d mandarme msjs", "Me contactez plus svp", "Je vais porter plainte si vous continuez à m'envoyer ces messages",
    ])
    func revocationEndsInOptOut(text: String) async {
        let response = await TestStore.ask(text)
        #expect(InboundKeywordClassifier.classify(text).kind == .optOut, "\(text)")
        #expect(response.action == .optOut, "\(text) → \(response.intent)")
    }

    @Test(arguments: [
        "Stop! that's a great price, buying now", "can't stop thinking about that jacket", "stop by the store?",
        "don't stop the deals", "remove the mug from my cart", "cancel my order", "Para mi hermana, ¿tienen talla M?",
        "arrête, c'est trop beau", "Don't stop sending me deals!", "Is there a bus stop near your store?",
        "arrête de me faire rêver avec ces prix", "keep texting me deals!", "no me manden la talla equivocada",
        "Never stop sending me these discount codes 🙌", "unsubscribe from these? lol never, keep em coming",
        "je vais porter plainte contre le transporteur, mon colis est perdu", "how do I turn off the grinder",
    ])
    func lookAlikeIsNotAnOptOut(text: String) async {
        let response = await TestStore.ask(text)
        #expect(InboundKeywordClassifier.classify(text).kind != .optOut, "\(text)")
        #expect(response.action != .optOut, "\(text) → \(response.intent)")
    }

    @Test(arguments: ["labeled_replies.jsonl", "heldout_replies.jsonl", "blind_replies.jsonl"])
    func shoppingQuestionsRaiseNoReview(file: String) throws {
        let questions = try TestStore.replies(file).filter { Self.shoppingIntents.contains($0.intent) }
        let flagged = questions.filter { InboundKeywordClassifier.classify($0.text).needsReview }
        #expect(flagged.isEmpty, "\(flagged.map(\.text))")
    }

    @Test(arguments: ["labeled_replies.jsonl", "heldout_replies.jsonl", "blind_replies.jsonl"])
    func noLabeledNonOptOutIsAComplianceOptOut(file: String) throws {
        let others = try TestStore.replies(file).filter { $0.intent != .optOut && $0.intent != .wrongNumber }
        let optedOut = others.filter { InboundKeywordClassifier.classify($0.text).kind == .optOut }
        #expect(optedOut.isEmpty, "\(optedOut.map(\.text))")
    }
}
