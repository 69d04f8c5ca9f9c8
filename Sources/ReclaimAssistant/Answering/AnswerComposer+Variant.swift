extension AnswerComposer {
    /// "Does it come in blue?": lists the option's values when blue does not exist, says it is out of
    /// stock when it exists but cannot be bought, confirms with the link when it can.
    func variant(_ entities: EntityMatch, classification: IntentClassification, context: AssistantContext,
                 t: ReplyTemplates) -> ComposedAnswer {
        guard let product = entities.product else { return self.noFact(context, t: t) }
        let title = product.title
        var facts = [AssistantFact(key: "product.\(product.id).title", text: title, source: .catalog)]
        let asked = entities.values
        let missing = asked.filter { $0.matchedValue == nil }
        if let first = missing.first {
            // A kind of option no product of the store has ("which grind?" at an outdoor store): no fact to give.
            if first.optionName == nil, let kind = first.kind, !self.index.offersOption(of: kind) {
                return self.noFact(context, t: t)
            }
            // The asked value does not exist: say which values of that option do.
            let option = product.options.first { $0.name == first.optionName }
                ?? product.options.first { option in
                    first.kind.map { $0.optionNames.contains(option.name.lowercased()) } ?? false
                } ?? product.options.first
            guard let option else { return self.noFact(context, t: t) }
            let values = self.listing(option, product: product, t: t)
            facts.append(AssistantFact(key: "product.\(product.id).option.\(option.name)", text: values, source: .catalog))
            let reply = SegmentFitter.fit(required: [t.notOffered(title, first.asked, values)],
                                          optional: [context.checkoutLink.map(t.checkout) ?? ""])
            return ComposedAnswer(action: .answer, reply: reply, facts: facts + self.linkFacts(context))
        }
        guard !asked.isEmpty else { return self.optionOverview(product, classification: classification, context: context, t: t) }
        let matching = product.variants.filter { variant in
            asked.allSatisfy { value in value.optionName.map { variant.optionValues[$0] == value.matchedValue } ?? true }
        }
        let label = product.options.compactMap { option in asked.first { $0.optionName == option.name }?.matchedValue }
            .joined(separator: " / ")
        let inStock = matching.filter(\.inStock)
        for variant in matching {
            facts.append(AssistantFact(key: "variant.\(variant.id).available", text: "\(variant.title): "
                + (variant.inStock ? "in stock" : "out of stock"), source: .catalog))
        }
        if matching.isEmpty || inStock.isEmpty {
            let others = product.variants.filter(\.inStock).map(\.title)
            let alternatives = others.isEmpty ? "" : t.inStockNow(Self.join(others, limit: 6))
            return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [t.outOfStock(title, label)],
                                                                           optional: [alternatives]), facts: facts)
        }
        var pieces = [t.comesIn(title, label)]
        if inStock.count < matching.count, let other = self.otherOption(product, fixed: asked) {
            let inNames = inStock.compactMap { $0.optionValues[other] }
            let outNames = matching.filter { !$0.inStock }.compactMap { $0.optionValues[other] }
            pieces.append(t.inStockIn(label, Self.join(inNames, limit: 8)))
            if !outNames.isEmpty { pieces.append(t.soldOut(Self.join(outNames, limit: 4))) }
        }
        let link = context.checkoutLink.map(t.checkout) ?? ""
        return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: pieces, optional: [link]),
                              facts: facts + self.linkFacts(context))
    }

    /// "What colors?" / "what sizes?" with no value named: the option's values, sold-out ones marked.
    private func optionOverview(_ product: AssistantProduct, classification: IntentClassification,
                                context: AssistantContext, t: ReplyTemplates) -> ComposedAnswer {
        let tokens = Set(classification.normalized.tokens)
        let wanted = OptionVocabulary.Kind.allCases.first { kind in
            !kind.optionNames.intersection(tokens).isEmpty && product.options.contains { kind.optionNames.contains($0.name.lowercased()) }
        }
        let option = wanted.flatMap { kind in product.options.first { kind.optionNames.contains($0.name.lowercased()) } }
            ?? product.options.first
        guard let option else { return self.noFact(context, t: t) }
        let values = self.listing(option, product: product, t: t)
        let facts = [AssistantFact(key: "product.\(product.id).option.\(option.name)", text: values, source: .catalog)]
        let reply = SegmentFitter.fit(required: [t.optionList(product.title, option.name.lowercased(), values)],
                                      optional: [context.checkoutLink.map(t.checkout) ?? ""])
        return ComposedAnswer(action: .answer, reply: reply, facts: facts + self.linkFacts(context))
    }

    /// An option's values, with those that have no variant in stock marked sold out.
    func listing(_ option: ProductOption, product: AssistantProduct, t: ReplyTemplates) -> String {
        let names = option.values.map { value -> String in
            let variants = product.variants.filter { $0.optionValues[option.name] == value }
            return !variants.isEmpty && !variants.contains(where: \.inStock) ? t.soldOutMark(value) : value
        }
        return Self.join(names, limit: 10)
    }

    private func otherOption(_ product: AssistantProduct, fixed: [AskedValue]) -> String? {
        product.options.map(\.name).first { name in !fixed.contains { $0.optionName == name } }
    }

    static func join(_ values: [String], limit: Int) -> String {
        let shown = values.prefix(limit).joined(separator: ", ")
        return values.count > limit ? shown + ", …" : shown
    }
}
