import ReclaimCore

extension AnswerComposer {
    /// "Does it come in blue?": lists the option's values when blue does not exist, says it is out of
    /// stock when it exists but cannot be bought, confirms with the link when it can. A value of a kind
    /// the product has no option for ("what grind for espresso?" with a mug in the cart) is looked up
    /// in the rest of the catalog unless the question points at the shopper's own product.
    func variant(
        _ entities: EntityMatch, classification: IntentClassification, context: AssistantContext,
        t: ReplyTemplates
    ) -> ComposedAnswer {
        let asked = entities.values
        let missing = asked.filter { $0.matchedValue == nil }
        guard let product = entities.product else {
            return missing.first { $0.kind != nil }.flatMap { self.offeredElsewhere($0, excluding: nil, t: t) }
                ?? self.noFact(context, t: t)
        }
        let title = product.title
        var facts = [AssistantFact(key: "product.\(product.id).title", text: title, source: .catalog)]
        if let first = missing.first {
            if first.optionName == nil, let kind = first.kind {
                // A kind of option no product of the store has ("which grind?" at an outdoor store): no fact to give.
                guard self.index.offersOption(of: kind) else { return self.noFact(context, t: t) }
                if !entities.named, !Self.pointsAtOwnProduct(classification.normalized.tokens),
                    let elsewhere = self.offeredElsewhere(first, excluding: product.id, t: t)
                {
                    return elsewhere
                }
                return self.noOption(of: kind, product, context: context, t: t)
            }
            // The asked value does not exist: say which values of that option do.
            let option = product.options.first { $0.name == first.optionName } ?? product.options.first
            guard let option else { return self.noFact(context, t: t) }
            let values = self.listing(option, product: product, t: t)
            facts.append(AssistantFact(key: "product.\(product.id).option.\(option.name)", text: values, source: .catalog))
            let reply = SegmentFitter.fit(
                required: [t.notOffered(title, first.asked, values)],
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
            facts.append(
                AssistantFact(
                    key: "variant.\(variant.id).available",
                    text: "\(variant.displayTitle): "
                        + (variant.inStock ? "in stock" : "out of stock"), source: .catalog))
        }
        if matching.isEmpty || inStock.isEmpty {
            let others = product.variants.filter(\.inStock).map(\.displayTitle)
            let alternatives = others.isEmpty ? "" : t.inStockNow(Self.join(others, limit: 6))
            return ComposedAnswer(
                action: .answer,
                reply: SegmentFitter.fit(
                    required: [t.outOfStock(title, label)],
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
        return ComposedAnswer(
            action: .answer, reply: SegmentFitter.fit(required: pieces, optional: [link]),
            facts: facts + self.linkFacts(context))
    }

    /// The other products that come in the asked value: those in stock, else the first sold-out one
    /// said to be out of stock; `nil` when no product has it.
    private func offeredElsewhere(_ value: AskedValue, excluding productID: String?, t: ReplyTemplates) -> ComposedAnswer? {
        let offers = EntityMatcher(index: self.index).products(offering: value, excluding: productID, limit: 3)
        guard let first = offers.first, let firstValue = first.value.matchedValue else { return nil }
        let shown = first.inStock ? offers.filter(\.inStock) : [first]
        let facts = shown.map { offer in
            AssistantFact(
                key: "product.\(offer.product.id).option.\(offer.value.optionName ?? "")",
                text: "\(offer.product.title): \(offer.value.matchedValue ?? "")"
                    + (offer.inStock ? "" : " (out of stock)"), source: .catalog)
        }
        let sentence =
            !first.inStock
            ? t.outOfStock(first.product.title, firstValue)
            : shown.count == 1
                ? t.offeredBy(firstValue, [first.product.title])
                : t.offeredBy(value.asked, shown.map(\.product.title))
        return ComposedAnswer(action: .answer, reply: SegmentFitter.fit(required: [sentence]), facts: facts)
    }

    /// "Does the tent come in XL?" when the tent has no size option: says so, with what it does come in.
    private func noOption(
        of kind: OptionVocabulary.Kind, _ product: Product, context: AssistantContext,
        t: ReplyTemplates
    ) -> ComposedAnswer {
        var facts = [
            AssistantFact(
                key: "product.\(product.id).options", text: product.options.map(\.name).joined(separator: ", "),
                source: .catalog)
        ]
        var optional: [String] = []
        if let option = product.options.first {
            let values = self.listing(option, product: product, t: t)
            facts.append(AssistantFact(key: "product.\(product.id).option.\(option.name)", text: values, source: .catalog))
            optional.append(t.itsOptionList(option.name.lowercased(), values))
        }
        optional.append(context.checkoutLink.map(t.checkout) ?? "")
        let reply = SegmentFitter.fit(required: [t.noOptions(product.title, t.kindName(kind))], optional: optional)
        return ComposedAnswer(action: .answer, reply: reply, facts: facts + self.linkFacts(context))
    }

    /// Words by which a question points at the shopper's own product ("does *it* come in blue?",
    /// "¿*lo* tienen en azul?", "vous *l*'avez en bleu ?").
    static func pointsAtOwnProduct(_ tokens: [String]) -> Bool {
        tokens.contains { Self.referenceWords.contains($0) }
    }

    private static let referenceWords: Set<String> = [
        "it", "its", "this", "that", "these", "those", "them", "one", "mine", "my",
        "lo", "la", "los", "las", "este", "esta", "esto", "ese", "esa", "eso", "mi",
        "le", "l", "les", "ce", "cet", "cette", "ca", "il", "elle", "mon", "ma",
    ]

    /// "What colors?" / "what sizes?" with no value named: the option's values, sold-out ones marked.
    private func optionOverview(
        _ product: Product, classification: IntentClassification,
        context: AssistantContext, t: ReplyTemplates
    ) -> ComposedAnswer {
        let tokens = Set(classification.normalized.tokens)
        let wanted = OptionVocabulary.Kind.allCases.first { kind in
            !kind.optionNames.intersection(tokens).isEmpty && product.options.contains { kind.optionNames.contains($0.name.lowercased()) }
        }
        let option =
            wanted.flatMap { kind in product.options.first { kind.optionNames.contains($0.name.lowercased()) } }
            ?? product.options.first
        guard let option else { return self.noFact(context, t: t) }
        let values = self.listing(option, product: product, t: t)
        let facts = [AssistantFact(key: "product.\(product.id).option.\(option.name)", text: values, source: .catalog)]
        let reply = SegmentFitter.fit(
            required: [t.optionList(product.title, option.name.lowercased(), values)],
            optional: [context.checkoutLink.map(t.checkout) ?? ""])
        return ComposedAnswer(action: .answer, reply: reply, facts: facts + self.linkFacts(context))
    }

    /// An option's values, with those that have no variant in stock marked sold out.
    func listing(_ option: ProductOption, product: Product, t: ReplyTemplates) -> String {
        let names = option.values.map { value -> String in
            let variants = product.variants.filter { $0.optionValues[option.name] == value }
            return !variants.isEmpty && !variants.contains(where: \.inStock) ? t.soldOutMark(value) : value
        }
        return Self.join(names, limit: 10)
    }

    private func otherOption(_ product: Product, fixed: [AskedValue]) -> String? {
        product.options.map(\.name).first { name in !fixed.contains { $0.optionName == name } }
    }

    static func join(_ values: [String], limit: Int) -> String {
        let shown = values.prefix(limit).joined(separator: ", ")
        return values.count > limit ? shown + ", …" : shown
    }
}
