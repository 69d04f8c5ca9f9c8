/// Writes replies from the store's catalog, policies and the shopper's cart only, in the shopper's
/// language, within one SMS segment where possible. When the data holds no answer it claims
/// nothing and says a person will follow up (an escalation).
public struct AnswerComposer: Sendable {
    /// The catalog.
    public let index: CatalogIndex
    /// The store's policies.
    public let policies: StorePolicies

    /// Creates a composer.
    public init(index: CatalogIndex, policies: StorePolicies) {
        self.index = index
        self.policies = policies
    }

    /// Composes the answer to one classified reply.
    /// - Parameters:
    ///   - classification: the reply's intents and normalised words.
    ///   - entities: the product and option values it names.
    ///   - context: store, cart and conversation.
    /// - Returns: action, reply, facts and escalation reason.
    public func compose(
        _ classification: IntentClassification, entities: EntityMatch,
        context: AssistantContext
    ) -> ComposedAnswer {
        let t = ReplyTemplates(language: classification.language)
        switch classification.primary {
        case .shipping: return self.shipping(classification, context: context, t: t)
        case .returns: return self.returns(classification, context: context, t: t)
        case .variant: return self.variant(entities, classification: classification, context: context, t: t)
        case .product: return self.product(entities, classification: classification, context: context, t: t)
        case .price: return self.price(entities, classification: classification, context: context, t: t)
        case .discount: return self.discount(context: context, t: t)
        case .purchase: return self.purchase(context: context, t: t)
        case .defer:
            let link = context.checkoutLink.map(t.savedForLater) ?? ""
            return ComposedAnswer(
                action: .pause, reply: SegmentFitter.fit(required: [t.paused()], optional: [link]),
                facts: self.linkFacts(context))
        case .notInterested: return ComposedAnswer(action: .pause, reply: SegmentFitter.fit(required: [t.notInterested()]))
        case .alreadyPurchased:
            return ComposedAnswer(action: .pause, reply: SegmentFitter.fit(required: [t.alreadyPurchased()]))
        case .optOut, .wrongNumber: return ComposedAnswer(action: .optOut, reply: "")
        case .optIn: return ComposedAnswer(action: .optIn, reply: "")
        case .help: return self.help(context: context, t: t)
        case .human, .frustrated, .orderIssue, .paymentIssue:
            return self.escalation(classification.primary, context: context, t: t)
        case .other: return self.other(classification, context: context, t: t)
        }
    }

    /// The answer when the data has nothing: no claim, a person follows up.
    func noFact(_ context: AssistantContext, t: ReplyTemplates, reason: String = "no_fact") -> ComposedAnswer {
        ComposedAnswer(
            action: .escalate, reply: SegmentFitter.fit(required: [t.noFact(context.brand)]),
            escalationReason: reason)
    }

    func linkFacts(_ context: AssistantContext) -> [AssistantFact] {
        context.checkoutLink.map { [AssistantFact(key: "cart.link", text: $0, source: .cart)] } ?? []
    }

    func supportText(_ context: AssistantContext) -> String? {
        [context.support.phone, context.support.email].compactMap { $0 }.first.map { _ in
            [context.support.phone, context.support.email].compactMap { $0 }.joined(separator: " or ")
        }
    }

    func supportFacts(_ context: AssistantContext) -> [AssistantFact] {
        [
            context.support.phone.map { AssistantFact(key: "support.phone", text: $0, source: .store) },
            context.support.email.map { AssistantFact(key: "support.email", text: $0, source: .store) },
            context.support.hours.map { AssistantFact(key: "support.hours", text: $0, source: .store) },
        ].compactMap { $0 }
    }
}
