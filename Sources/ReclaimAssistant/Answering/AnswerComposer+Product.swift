import ReclaimCore

extension AnswerComposer {
    /// Product details: the description sentences that answer the question, or a person follows up.
    func product(
        _ entities: EntityMatch, classification: IntentClassification, context: AssistantContext,
        t: ReplyTemplates
    ) -> ComposedAnswer {
        guard let product = entities.product else { return self.noFact(context, t: t) }
        let tokens = classification.normalized.tokens
        let asksWhetherCarried = CarriedItemQuestion.matches(tokens)
        if asksWhetherCarried, !entities.named, !Self.carries(product, CarriedItemQuestion.itemTerms(tokens)) {
            // "Do you sell trekking poles?" is not answered by the tent's aluminum poles.
            return self.noFact(context, t: t)
        }
        let ignoring = Set(SearchText.terms(product.title)).subtracting(SentenceRetriever.expansionTerms)
        let ranked = SentenceRetriever.rank(tokens, in: product.description ?? "", ignoring: ignoring, clauses: true)
        let asksOverview = tokens.contains("more") || tokens.contains("details") || tokens.contains("about")
        let chosen: [String]
        if let best = ranked.first {
            chosen = [best.sentence] + ranked.dropFirst().filter { $0.score == best.score }.map(\.sentence)
        } else if asksWhetherCarried {
            return self.carried(product, context: context, t: t)
        } else if asksOverview, let first = SentenceRetriever.sentences(product.description ?? "").first {
            chosen = [first]
        } else {
            return self.noFact(context, t: t)
        }
        let reply = SegmentFitter.fit(required: ["\(product.title): \(chosen[0])"], optional: Array(chosen.dropFirst()))
        let facts = chosen.filter { reply.contains($0) }
            .map { AssistantFact(key: "product.\(product.id).description", text: $0, source: .catalog) }
        return ComposedAnswer(action: .answer, reply: reply, facts: facts)
    }

    /// Prices from the cart line or the catalog; the cart total for "my total"; FAQ for price match.
    func price(
        _ entities: EntityMatch, classification: IntentClassification, context: AssistantContext,
        t: ReplyTemplates
    ) -> ComposedAnswer {
        let tokens = classification.normalized.tokens
        let money = { (minor: Int) in context.money(minor, in: t.language) }
        if let faq = self.faqAnswer(tokens, strong: true) {
            return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [faq.text]), facts: [faq])
        }
        let taxNote = tokens.contains { $0 == "tax" || $0 == "taxes" } ? self.faqAnswer(["tax"], strong: false) : nil
        if tokens.contains(where: { $0 == "total" || $0 == "subtotal" }) || (!entities.named && context.cartLines.count > 1),
            !context.cartLines.isEmpty
        {
            let fact = AssistantFact(key: "cart.subtotal", text: money(context.cartSubtotal), source: .cart)
            return ComposedAnswer(
                action: .answer,
                reply: SegmentFitter.fit(
                    required: [t.subtotal(fact.text)],
                    optional: [taxNote?.text ?? ""]),
                facts: [fact] + (taxNote.map { [$0] } ?? []))
        }
        guard let product = entities.product else { return self.noFact(context, t: t) }
        let asked = entities.values.filter { $0.matchedValue != nil }
        let variants = product.variants.filter { variant in
            asked.allSatisfy { value in value.optionName.map { variant.optionValues[$0] == value.matchedValue } ?? true }
        }
        var prices = variants.compactMap(\.price)
        if asked.isEmpty, let line = entities.cartLine, !entities.named || line.productID == product.id {
            prices = [line.unitPrice]
        }
        if prices.isEmpty { prices = product.prices }
        guard let low = prices.min(), let high = prices.max() else { return self.noFact(context, t: t) }
        let title = asked.isEmpty ? product.title : "\(product.title) (\(asked.compactMap(\.matchedValue).joined(separator: " / ")))"
        let sentence = low == high ? t.price(title, money(low)) : t.priceRange(title, money(low), money(high))
        var facts = [AssistantFact(key: "product.\(product.id).price", text: money(low), source: .catalog)]
        if high != low { facts.append(AssistantFact(key: "product.\(product.id).price_max", text: money(high), source: .catalog)) }
        if let taxNote { facts.append(taxNote) }
        let link = context.checkoutLink.map(t.checkout) ?? ""
        return ComposedAnswer(
            action: .answer, reply: SegmentFitter.fit(required: [sentence], optional: [taxNote?.text ?? "", link]),
            facts: facts + self.linkFacts(context))
    }
}
