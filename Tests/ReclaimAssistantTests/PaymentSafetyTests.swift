import ReclaimAssistant
import ReclaimCore
import Testing

@Suite struct PaymentSafetyTests {
    static func digits(_ text: String) -> String { String(text.filter(\.isNumber)) }

    @Test(arguments: [
        ("just charge my card 4111 1111 1111 1111 exp 12/29 so I don't have to go back to checkout", "4111111111111111"),
        ("4111-1111-1111-1111 cvv 123", "4111111111111111"),
        ("amex 378282246310005 please", "378282246310005"),
        ("my visa is 4012888888881881", "4012888888881881"),
    ])
    func cardNumbersNeverReachReplyOrStorage(text: String, card: String) async {
        let response = await TestStore.ask(text)
        #expect(response.intent == .paymentIssue)
        #expect(response.escalate)
        #expect(response.action == .escalate)
        #expect(!Self.digits(response.redactedText).contains(card))
        #expect(!Self.digits(response.redactedText).contains(String(card.suffix(8))))
        #expect(!response.reply.contains { $0.isNumber })
        #expect(response.reply.contains("never send card details"))
    }

    @Test func securityCodesAreRedacted() {
        #expect(PaymentDataGuard.redact("the cvv is 123 if you need it").text == "the cvv is [cvv redacted] if you need it")
        #expect(PaymentDataGuard.redact("security code 4567").text == "security code [cvv redacted]")
        #expect(PaymentDataGuard.redact("my cvv's 321").text == "my cvv's [cvv redacted]")
        #expect(PaymentDataGuard.redact("order 4471 size 10").findings.isEmpty)
    }

    @Test func expiryNearACardIsRedacted() {
        let result = PaymentDataGuard.redact("card 4111111111111111 exp 12/29")
        #expect(!result.text.contains("12/29"))
        #expect(!result.text.contains("4111"))
    }

    @Test func paymentTroubleRepliesNeverAskForCardDetails() async {
        let response = await TestStore.ask("my card keeps getting declined")
        #expect(response.escalate)
        #expect(response.reply.contains("don't send card details"))
        #expect(throws: Never.self) { try LLMOutputValidator.checkClaims(in: response.reply, facts: []) }
    }

    /// The assistant and inbound storage use one redactor: the guard answers exactly as Core's.
    @Test(arguments: [
        "my cvv's 123", "visa4111111111111111", "4111.1111.1111.1111", "4111/1111/1111/1111", "4111\n1111\n1111\n1111",
        "４１１１ １１１１ １１１１ １１１１", "٤١١١١١١١١١١١١١١١", "código de seguridad 123", "cryptogramme 456",
        "security code 1234", "cvc 987", "card 4111111111111111 exp 12/29", "order #1001", "call 305-555-0123",
    ])
    func theGuardIsCoresRedactor(text: String) {
        #expect(PaymentDataGuard.redact(text) == CardDataRedactor.redact(text))
    }

    @Test(arguments: ["visa4111111111111111", "4111.1111.1111.1111 ok?", "my cvv's 123", "４１１１ １１１１ １１１１ １１１１"])
    func cardDataSentAsThePromptTextIsRedactedAgain(text: String) throws {
        let context = AssistantContext(brand: "Northwind", currency: "USD", cartLines: [])
        let prompt = LLMPromptBuilder.build(redactedText: text, context: context, facts: [])
        let shopper = try #require(prompt.messages.last)
        #expect(shopper.role == "user")
        #expect(!shopper.content.contains { $0.isNumber })
    }
}
