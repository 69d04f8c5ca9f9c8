import ReclaimCore

extension AnswerComposer {
    func shipping(_ classification: IntentClassification, context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        guard let policy = self.policies.shipping else { return self.noFact(context, t: t) }
        var facts: [AssistantFact] = []
        var core: [String] = []
        let money = { (minor: Int) in context.money(minor, in: t.language) }
        if let freeOver = policy.freeOver {
            core.append(t.freeOver(money(freeOver)))
            facts.append(AssistantFact(key: "shipping.free_over", text: money(freeOver), source: .policy))
            if let flat = policy.flatRate {
                core.append(t.flatRate(money(flat)))
                facts.append(AssistantFact(key: "shipping.flat_rate", text: money(flat), source: .policy))
            }
        } else if let flat = policy.flatRate {
            core.append(t.flatRateOnly(money(flat)))
            facts.append(AssistantFact(key: "shipping.flat_rate", text: money(flat), source: .policy))
        }
        var cartNote = ""
        if let freeOver = policy.freeOver, !context.cartLines.isEmpty {
            let subtotal = context.cartSubtotal
            cartNote = subtotal >= freeOver ? t.cartQualifies() : t.cartAway(money(freeOver - subtotal))
            facts.append(AssistantFact(key: "cart.subtotal", text: money(subtotal), source: .cart))
        }
        // A specific question ("canada?", "how long?") is answered by the policy sentence about it first.
        let specific = policy.text.flatMap { SentenceRetriever.rank(classification.normalized.tokens, in: $0).first?.sentence }
        if let specific {
            facts.append(AssistantFact(key: "shipping.text", text: specific, source: .policy))
            return ComposedAnswer(
                action: .answer, reply: SegmentFitter.fit(required: [specific], optional: core + [cartNote]),
                facts: facts)
        }
        let countries = policy.countries.isEmpty ? "" : t.shipsTo(policy.countries.joined(separator: ", "))
        if !policy.countries.isEmpty {
            facts.append(AssistantFact(key: "shipping.countries", text: policy.countries.joined(separator: ", "), source: .policy))
        }
        if core.isEmpty {
            guard let text = policy.text, let first = SentenceRetriever.sentences(text).first else {
                return countries.isEmpty
                    ? self.noFact(context, t: t)
                    : ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [countries]), facts: facts)
            }
            facts.append(AssistantFact(key: "shipping.text", text: first, source: .policy))
            return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [first], optional: [countries]), facts: facts)
        }
        return ComposedAnswer(
            action: .answer, reply: SegmentFitter.fit(required: [core[0]], optional: core.dropFirst() + [cartNote, countries]),
            facts: facts)
    }

    func returns(_ classification: IntentClassification, context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let tokens = classification.normalized.tokens
        let asksWarranty = tokens.contains { ["warranty", "warranties", "guarantee", "garantia", "garantie"].contains($0) }
        let source = asksWarranty ? (self.policies.warranty ?? self.policies.returns) : (self.policies.returns ?? self.policies.warranty)
        guard let text = source?.text else {
            if let faq = self.faqAnswer(tokens, strong: false) {
                return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [faq.text]), facts: [faq])
            }
            return self.noFact(context, t: t)
        }
        let key = asksWarranty && self.policies.warranty != nil ? "warranty.text" : "returns.text"
        let sentences = SentenceRetriever.sentences(text)
        let ranked = SentenceRetriever.rank(tokens, in: text).map(\.sentence)
        let ordered = ranked + sentences.filter { !ranked.contains($0) }
        guard let first = ordered.first else { return self.noFact(context, t: t) }
        let reply = SegmentFitter.fit(required: [first], optional: Array(ordered.dropFirst()))
        let facts = ordered.filter { reply.contains($0) }.map { AssistantFact(key: key, text: $0, source: .policy) }
        return ComposedAnswer(action: .answer, reply: reply, facts: facts)
    }

    /// The FAQ answer whose question shares the most terms with the text: two or more when `strong`,
    /// one distinctive term otherwise.
    func faqAnswer(_ tokens: [String], strong: Bool) -> AssistantFact? {
        let query = Set(SearchText.terms(tokens.joined(separator: " ")))
            .union(tokens.filter { ["price", "tax", "match"].contains($0) })
        var best: (Int, Int)?
        for (offset, entry) in self.policies.faq.enumerated() {
            let words = Set(SearchText.terms(entry.question))
                .union(
                    entry.question.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                        .filter { ["price", "tax", "match"].contains($0) })
            let overlap = words.intersection(query).count
            if overlap >= (strong ? 2 : 1), overlap > (best?.1 ?? 0) { best = (offset, overlap) }
        }
        return best.map { AssistantFact(key: "faq.\($0.0)", text: self.policies.faq[$0.0].answer, source: .faq) }
    }
}
