import ReclaimCore

extension AnswerComposer {
    /// "Do you have decaf?" when the catalog has it: yes with the product's title (or that it is sold
    /// out), its first description sentence when it fits, and the link when it is in the cart.
    func carried(_ product: Product, context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let soldOut = !product.variants.isEmpty && !product.variants.contains(where: \.inStock)
        let lead = soldOut ? t.carriedSoldOut(product.title) : t.carried(product.title)
        let overview = SentenceRetriever.sentences(product.description ?? "").first ?? ""
        let inCart = context.cartLines.contains { $0.productID == product.id }
        let link = inCart ? context.checkoutLink.map(t.checkout) ?? "" : ""
        let reply = SegmentFitter.fit(required: [lead], optional: [overview, link])
        var facts = [AssistantFact(key: "product.\(product.id).title", text: product.title, source: .catalog)]
        if !overview.isEmpty, reply.contains(overview) {
            facts.append(AssistantFact(key: "product.\(product.id).description", text: overview, source: .catalog))
        }
        if !link.isEmpty, reply.contains(link) { facts += self.linkFacts(context) }
        return ComposedAnswer(action: .answer, reply: reply, facts: facts)
    }

    /// Whether every item word of a "do you have X" question occurs in the product's title, category,
    /// tags, description or option values.
    static func carries(_ product: Product, _ itemTerms: [String]) -> Bool {
        let text =
            [product.title, product.category ?? "", product.description ?? ""] + product.tags
            + product.options.flatMap(\.values)
        let words = Set(SearchText.terms(text.joined(separator: " ")))
        return !itemTerms.isEmpty && itemTerms.allSatisfy(words.contains)
    }
}
