import ReclaimAssistant
import ReclaimCore
import Testing

@Suite struct LLMSupportTests {
    let facts = [
        AssistantFact(key: "shipping.free_over", text: "free shipping over $75", source: .policy),
        AssistantFact(key: "discount.next", text: "may offer code SUMMIT10, 10% off", source: .cart),
        AssistantFact(key: "cart.link", text: "https://go.summitoutfitters.example/r/S2001", source: .cart),
    ]

    func json(
        intent: String = "shipping", action: String = "answer", reply: String, escalate: Bool = false,
        confidence: String = "0.9"
    ) -> String {
        #"{"intent":"\#(intent)","action":"\#(action)","reply":"\#(reply)","escalate":\#(escalate),"confidence":\#(confidence)}"#
    }

    @Test func acceptsAReplyBackedByTheFacts() throws {
        let decision = try LLMOutputValidator.validate(
            self.json(reply: "Orders over $75 ship free! Use SUMMIT10 for 10% off: https://go.summitoutfitters.example/r/S2001"),
            facts: self.facts)
        #expect(decision.intent == .shipping)
        #expect(decision.action == .answer)
    }

    @Test func rejectsUnknownIntentsAndActions() {
        #expect(throws: LLMOutputValidator.Rejection.unknownIntent("greeting")) {
            try LLMOutputValidator.validate(self.json(intent: "greeting", reply: "hi"), facts: self.facts)
        }
        #expect(throws: LLMOutputValidator.Rejection.unknownAction("refund")) {
            try LLMOutputValidator.validate(self.json(action: "refund", reply: "ok"), facts: self.facts)
        }
    }

    @Test(arguments: [
        "Shipping is free over $50.", "Take 20% off today!", "Use code SAVE20 at checkout.",
        "Order here: https://evil.example/r/1", "It's only 19.99 dollars.",
    ])
    func rejectsClaimsMissingFromTheFacts(reply: String) {
        #expect(throws: LLMOutputValidator.Rejection.self) {
            try LLMOutputValidator.validate(self.json(reply: reply), facts: self.facts)
        }
    }

    @Test func rejectsMalformedOutput() {
        #expect(throws: LLMOutputValidator.Rejection.malformed("not a JSON object")) {
            try LLMOutputValidator.validate("Sure! Shipping is free.", facts: self.facts)
        }
        #expect(throws: LLMOutputValidator.Rejection.malformed("confidence")) {
            try LLMOutputValidator.validate(self.json(reply: "ok", confidence: "true"), facts: self.facts)
        }
        #expect(throws: LLMOutputValidator.Rejection.confidenceOutOfRange(3)) {
            try LLMOutputValidator.validate(self.json(reply: "ok", confidence: "3"), facts: self.facts)
        }
    }

    @Test func rejectsRequestsForPaymentDetails() {
        #expect(throws: LLMOutputValidator.Rejection.asksForPaymentDetails) {
            try LLMOutputValidator.validate(
                self.json(reply: "Please text us your card number and we'll place the order."),
                facts: self.facts)
        }
    }

    @Test func promptHoldsOnlyTheFactsAndAStrictSchema() throws {
        let assistant = TestStore.assistant
        let context = TestStore.smallCart
        let facts = assistant.retrieveFacts(for: "is shipping free?", context: context)
        let prompt = LLMPromptBuilder.build(redactedText: "is shipping free?", context: context, facts: facts)
        #expect(prompt.messages.map(\.role) == ["system", "user"])
        #expect(prompt.messages[0].content.contains("$75"))
        #expect(prompt.messages[0].content.contains("opt_out"))
        #expect(prompt.messages[1].content == "is shipping free?")
        let body = prompt.requestBody(model: "llama3.2")
        #expect(body["response_format"]?["type"]?.stringValue == "json_schema")
        #expect(body["max_tokens"] != nil)
        #expect(prompt.requestBody(model: "gpt-4o-mini", openAI: true)["max_completion_tokens"] != nil)
        #expect(LLMPromptBuilder.schema["additionalProperties"] == .bool(false))
    }
}
