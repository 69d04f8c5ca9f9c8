import ReclaimCore

extension AnswerComposer {
    /// A discount request: the next tier when the ladder allows it; otherwise the code already sent,
    /// the free-shipping gap, or the cart link, never an invented code.
    func discount(context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let link = context.checkoutLink.map(t.checkout) ?? ""
        if context.discount.nextTierAllowed, let next = context.discount.next {
            let facts = [
                AssistantFact(key: "discount.next.code", text: next.code, source: .cart),
                AssistantFact(key: "discount.next.percent", text: "\(next.percent)%", source: .cart),
            ]
            return ComposedAnswer(
                action: .offerDiscount,
                reply: SegmentFitter.fit(required: [t.offer(next.code, next.percent)], optional: [link]),
                facts: facts + self.linkFacts(context))
        }
        var facts = self.linkFacts(context)
        var pieces: [String] = []
        if let current = context.discount.current {
            pieces.append(t.codeStillWorks(current.code, current.percent))
            facts += [
                AssistantFact(key: "discount.current.code", text: current.code, source: .cart),
                AssistantFact(key: "discount.current.percent", text: "\(current.percent)%", source: .cart),
            ]
        } else {
            pieces.append(t.noDiscount())
        }
        let money = { (minor: Int) in context.money(minor, in: t.language) }
        if let freeOver = self.policies.shipping?.freeOver {
            pieces.append(t.freeOver(money(freeOver)))
            facts.append(AssistantFact(key: "shipping.free_over", text: money(freeOver), source: .policy))
            if !context.cartLines.isEmpty, context.cartSubtotal < freeOver {
                pieces.append(t.cartAway(money(freeOver - context.cartSubtotal)))
                facts.append(AssistantFact(key: "cart.subtotal", text: money(context.cartSubtotal), source: .cart))
            }
        }
        let reply = SegmentFitter.fit(required: [pieces[0]], optional: Array(pieces.dropFirst()) + [link])
        return ComposedAnswer(action: .answer, reply: reply, facts: facts)
    }

    /// Ready to buy: the tracked link, with the active code if there is one.
    func purchase(context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        guard let link = context.checkoutLink else { return self.noFact(context, t: t, reason: "no_checkout_link") }
        var facts = self.linkFacts(context)
        var optional: [String] = []
        if let current = context.discount.current {
            optional.append(t.codeStillWorks(current.code, current.percent))
            facts.append(AssistantFact(key: "discount.current.code", text: current.code, source: .cart))
        }
        return ComposedAnswer(
            action: .sendLink, reply: SegmentFitter.fit(required: [t.cartLink(link)], optional: optional),
            facts: facts)
    }
}
