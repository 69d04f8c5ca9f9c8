import ReclaimCore

extension BuiltInAssistant {
    /// The facts an LLM backend may use for this reply: what the built-in engine retrieved for it,
    /// plus the cart, link, discount state, shipping and returns basics and the support contact.
    /// - Parameters:
    ///   - text: the redacted inbound text.
    ///   - context: the conversation context.
    /// - Returns: facts without duplicates, most specific first.
    public func retrieveFacts(for text: String, context: AssistantContext) -> [AssistantFact] {
        let money = { (minor: Int) in context.money(minor, in: .english) }
        var facts = self.respondNow(to: text, context: context).facts
        for line in context.cartLines {
            let variant = line.variantTitle.map { " (\($0))" } ?? ""
            facts.append(
                AssistantFact(
                    key: "cart.line.\(line.variantID ?? line.productID)",
                    text: "\(line.quantity) x \(line.title)\(variant) at \(money(line.unitPrice))", source: .cart))
        }
        if !context.cartLines.isEmpty {
            facts.append(AssistantFact(key: "cart.subtotal", text: money(context.cartSubtotal), source: .cart))
        }
        if let link = context.checkoutLink { facts.append(AssistantFact(key: "cart.link", text: link, source: .cart)) }
        if let current = context.discount.current {
            facts.append(AssistantFact(key: "discount.current", text: "code \(current.code), \(current.percent)% off", source: .cart))
        }
        if context.discount.nextTierAllowed, let next = context.discount.next {
            facts.append(AssistantFact(key: "discount.next", text: "may offer code \(next.code), \(next.percent)% off", source: .cart))
        }
        if let shipping = self.policies.shipping {
            if let freeOver = shipping.freeOver {
                facts.append(AssistantFact(key: "shipping.free_over", text: "free shipping over \(money(freeOver))", source: .policy))
            }
            if let flat = shipping.flatRate {
                facts.append(AssistantFact(key: "shipping.flat_rate", text: "flat rate \(money(flat))", source: .policy))
            }
        }
        if let returns = self.policies.returns?.text {
            facts.append(AssistantFact(key: "returns.text", text: returns, source: .policy))
        }
        facts += [
            context.support.phone.map { AssistantFact(key: "support.phone", text: $0, source: .store) },
            context.support.email.map { AssistantFact(key: "support.email", text: $0, source: .store) },
        ].compactMap { $0 }
        var seen: Set<String> = []
        return facts.filter { seen.insert($0.key + "|" + $0.text).inserted }
    }
}
