import ReclaimAssistant
import Testing

/// Escalation cues in English, Spanish and French, and look-alikes that must not escalate.
@Suite struct EscalationCueTests {
    @Test(arguments: [
        ("cobro no reconocido en mi tarjeta", AssistantIntent.paymentIssue),
        ("me cobraron dos veces", .paymentIssue),
        ("on m'a débité deux fois", .paymentIssue),
        ("checkout won't take my amex", .paymentIssue),
        ("checkout keeps erroring", .paymentIssue),
        ("quiero cancelar mi pedido", .orderIssue),
        ("je veux annuler ma commande", .orderIssue),
        ("mi paquete nunca llegó", .orderIssue),
        ("le colis est arrivé abîmé", .orderIssue),
        ("i want my money back", .orderIssue),
        ("can i change the shipping address on my order", .orderIssue),
        ("my order came damaged, can I talk to someone", .orderIssue),
        ("is there a phone number I can call?", .human),
        ("let me speak to your manager", .human),
        ("necesito hablar con una persona real", .human),
        ("je suis vraiment énervé", .frustrated),
        ("estoy muy molesto, esto es una estafa", .frustrated),
    ])
    func escalates(text: String, intent: AssistantIntent) async {
        let response = await TestStore.ask(text)
        #expect(response.intent == intent, "\(text)")
        #expect(response.escalate, "\(text)")
    }

    @Test(arguments: [
        ("Do you ship to Canada?", AssistantIntent.shipping),
        ("how much more do i need to spend for free shipping", .shipping),
        ("can I get my money back if I don't like it", .returns),
        ("do you have a money back guarantee?", .returns),
        ("gonna wait till closer to my trip", .defer),
        ("$249 is a lot for a tent", .discount),
    ])
    func doesNotEscalate(text: String, intent: AssistantIntent) async {
        let response = await TestStore.ask(text, TestStore.smallCart)
        #expect(response.intent == intent, "\(text)")
        #expect(!response.escalate, "\(text)")
    }

    /// Complaints that are also revocations (issue 16 item 2): the number is opted out and a person
    /// still hears about it.
    @Test(arguments: [
        "this is the 4th text today. enough", "estoy harto de tantos mensajes", "I never gave you permission to text me",
    ])
    func aComplaintThatRevokesEscalatesTheOptOut(text: String) async {
        let response = await TestStore.ask(text)
        #expect(response.action == .optOut, "\(text)")
        #expect(response.escalationReason == "opt_out_with_complaint", "\(text)")
    }

    @Test func escalationRepliesInTheShoppersLanguage() async {
        #expect(await TestStore.ask("on m'a débité deux fois").reply.hasPrefix("Désolé"))
        #expect(await TestStore.ask("estoy muy molesto, esto es una estafa").reply.hasPrefix("Lo sentimos"))
    }
}
