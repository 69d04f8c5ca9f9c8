import ReclaimAssistant
import ReclaimCore
import Testing

@Suite struct AnswerComposerTests {
    @Test func freeShippingAnswerStatesTheThreshold() async {
        let response = await TestStore.ask("is shipping free?", TestStore.smallCart)
        #expect(response.intent == .shipping)
        #expect(response.action == .answer)
        #expect(response.reply.contains("$75"))
        #expect(response.reply.contains("$1.05 away"))
        #expect(response.facts.contains { $0.key == "shipping.free_over" })
    }

    @Test func shippingAnswerInSpanish() async {
        let response = await TestStore.ask("el envío es gratis?")
        #expect(response.reply.contains("$75"))
        #expect(response.reply.lowercased().contains("envio gratis") || response.reply.contains("Envío gratis"))
    }

    @Test func specificShippingQuestionUsesThePolicySentence() async {
        #expect(await TestStore.ask("Do you ship to Canada?").reply.hasPrefix("We do not ship to Canada"))
    }

    @Test func noShippingPolicyMeansNoClaim() async {
        let assistant = BuiltInAssistant(catalog: TestStore.store.catalog, policies: StorePolicies())
        let response = await assistant.respond(to: "is shipping free?", context: TestStore.tentCart)
        #expect(response.escalate)
        #expect(response.escalationReason == "no_fact")
        #expect(!response.reply.contains("$"))
    }

    @Test func productDetailFromTheDescription() async {
        #expect(await TestStore.ask("how heavy is the tent").reply.contains("3 lb 14 oz"))
    }

    @Test func productQuestionWithoutAFactEscalates() async {
        let response = await TestStore.ask("is the bottle dishwasher safe?", TestStore.smallCart)
        #expect(response.intent == .product)
        #expect(response.escalate)
        #expect(response.reply.contains("person"))
    }

    @Test func priceComesFromTheCart() async {
        #expect(await TestStore.ask("how much is it").reply.contains("$249"))
        #expect(await TestStore.ask("whats my total", TestStore.smallCart).reply.contains("$73.95"))
    }

    @Test func discountOffersTheNextTierOnlyWhenAllowed() async {
        let allowed = await TestStore.ask("any discount codes?")
        #expect(allowed.action == .offerDiscount)
        #expect(allowed.reply.contains("SUMMIT10"))
        var context = TestStore.smallCart
        context.discount = DiscountLadderState(nextTierAllowed: false, next: AssistantDiscountOffer(code: "SUMMIT15", percent: 15))
        let refused = await TestStore.ask("any discount codes?", context)
        #expect(refused.action == .answer)
        #expect(!refused.reply.contains("SUMMIT15"))
        #expect(refused.reply.contains("$75"))
        context.discount.current = AssistantDiscountOffer(code: "SUMMIT10", percent: 10)
        #expect(await TestStore.ask("can i get a better price", context).reply.contains("SUMMIT10"))
    }

    @Test func deferPausesWithoutOptingOut() async {
        let response = await TestStore.ask("i'll wait till payday")
        #expect(response.intent == .defer)
        #expect(response.action == .pause)
        #expect(!response.escalate)
    }

    @Test func sendTheLinkSendsTheTrackedLink() async {
        let response = await TestStore.ask("ok send the link")
        #expect(response.action == .sendLink)
        #expect(response.reply.contains("https://go.summitoutfitters.example/r/S2001"))
    }

    @Test func optOutLeavesTheReplyToCompliance() async {
        let response = await TestStore.ask("stop texting me please")
        #expect(response.action == .optOut)
        #expect(response.reply.isEmpty)
    }

    @Test func humanRequestEscalates() async {
        let response = await TestStore.ask("can I talk to a person")
        #expect(response.intent == .human)
        #expect(response.escalate)
        #expect(response.action == .escalate)
    }

    @Test func secondUnansweredQuestionEscalates() async {
        var context = TestStore.tentCart
        #expect(await TestStore.ask("asdf jkl", context).action == .clarify)
        context.unansweredQuestions = 1
        let second = await TestStore.ask("asdf jkl", context)
        #expect(second.escalate)
        #expect(second.escalationReason == "second_unanswered_question")
    }

    @Test(arguments: [
        "is shipping free?", "does it come in blue?", "how much is it", "send me the link", "maybe later",
        "any discount codes?", "HELP", "can I talk to a person", "where is my order", "lo tienen en azul?",
        "la livraison est gratuite ?", "how heavy is the tent", "whats your return policy",
    ])
    func answersFitOneSegment(text: String) async {
        let reply = await TestStore.ask(text).reply
        #expect(SMSSegmenter.segmentCount(reply) == 1, "\(reply)")
    }

    @Test func fitterDropsOptionalPiecesThatWouldAddASegment() {
        let long = String(repeating: "a", count: 150)
        #expect(SegmentFitter.fit(required: [long], optional: ["this does not fit", "ok"]) == long + " ok")
        #expect(SegmentFitter.fit(required: ["Envío gratis"], optional: []) == "Envío gratis")
    }

    static let amounts: [(minor: Int, currency: String, hint: String?, language: AssistantLanguage, text: String)] = [
        (7500, "USD", nil, .english, "$75"),
        (750, "USD", nil, .english, "$7.50"),
        (123_456, "USD", "en-US", .english, "$1,234.56"),
        (1905, "EUR", nil, .english, "€19.05"),
        (500, "JPY", nil, .english, "¥500"),
        (7500, "USD", "es-US", .spanish, "$75"),
        (7500, "USD", nil, .spanish, "75 US$"),
        (4250, "EUR", "fr-FR", .french, "42,50 €"),
        (120_000, "EUR", nil, .french, "1 200 €"),
    ]

    /// Replies write money with Core's formatter, as the flow's templates do, in the reply's language.
    @Test(arguments: 0..<amounts.count)
    func moneyIsWrittenAsTheRepliesLanguageWritesIt(_ index: Int) {
        let row = Self.amounts[index]
        let context = AssistantContext(brand: "Northwind", currency: row.currency, localeHint: row.hint)
        #expect(context.money(row.minor, in: row.language) == row.text)
    }
}
