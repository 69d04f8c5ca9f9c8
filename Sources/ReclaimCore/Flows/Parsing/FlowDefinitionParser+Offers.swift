import Foundation

extension FlowDefinitionParser {
    static let discountKeys = ["type", "value", "currency", "expires", "tier", "min_cart_value", "min_subtotal"]
    static let variantKeys = ["label", "weight", "template", "delay", "discount"]

    /// `discount:` — `type` percent | fixed_amount | free_shipping; `value` whole percent (1–100) or a
    /// fixed amount in major units; `currency` (optional, must be the store's); `expires` (default 48h, more
    /// than 0); `tier`; `min_cart_value` (or `min_subtotal`) in major units.
    static func parseDiscount(
        _ field: FlowField, defaultTier: Int, currency: String
    ) throws(FlowDefinitionError) -> DiscountOffer {
        let object = try field.object(allowed: Self.discountKeys)
        let type = try object.required("type").choice([
            "percent": DiscountType.percent, "percentage": .percent, "fixed_amount": .fixedAmount,
            "fixed": .fixedAmount, "free_shipping": .freeShipping,
        ])
        if let currencyField = object["currency"] {
            let written = try currencyField.string().uppercased()
            guard written == currency.uppercased() else {
                throw currencyField.error("the discount's currency \(written) is not the store's currency \(currency.uppercased())")
            }
        }
        var offer = DiscountOffer(type: type, value: 0, tier: defaultTier)
        switch type {
        case .percent:
            let valueField = try object.required("value")
            let percent = try valueField.number()
            guard percent > 0, percent <= 100, percent == percent.rounded() else {
                throw valueField.error("a percent discount is a whole number more than 0 and at most 100")
            }
            offer.value = Int(percent)
        case .fixedAmount:
            let valueField = try object.required("value")
            offer.value = try self.amount(valueField, currency: currency)
            guard offer.value > 0 else { throw valueField.error("a fixed amount must be more than 0") }
        case .freeShipping:
            offer.value = 0
        }
        if let expires = object["expires"] {
            offer.expiresAfter = try expires.duration()
            guard offer.expiresAfter > 0 else { throw expires.error("a discount must last longer than 0") }
        }
        if let tierField = object["tier"] {
            let tier = try tierField.number()
            guard tier >= 1, let whole = Int(exactly: tier) else { throw tierField.error("tier is a whole number from 1") }
            offer.tier = whole
        }
        if object["min_cart_value"] != nil, let both = object["min_subtotal"] {
            throw both.error("set either min_cart_value or min_subtotal, not both")
        }
        if let minimum = object["min_cart_value"] ?? object["min_subtotal"] {
            offer.minimumCartValue = try self.amount(minimum, currency: currency)
        }
        return offer
    }

    /// `variants:` — a list of `{label, weight?, template?, delay?, discount?}`; `discount: none`
    /// removes the step's discount in that arm. Labels must be unique.
    static func parseVariants(
        _ field: FlowField, defaultTier: Int, currency: String
    ) throws(FlowDefinitionError) -> [FlowStepVariant] {
        var variants: [FlowStepVariant] = []
        for item in try field.array() {
            let object = try item.object(allowed: Self.variantKeys)
            let labelField = try object.required("label")
            var variant = FlowStepVariant(label: try labelField.string())
            guard !variants.contains(where: { $0.label == variant.label }) else {
                throw labelField.error("duplicate variant label \"\(variant.label)\"")
            }
            if let weight = object["weight"] {
                variant.weight = try weight.number()
                guard variant.weight > 0 else { throw weight.error("weight must be more than 0") }
            }
            if let template = object["template"] { variant.template = try template.string() }
            if let delay = object["delay"] { variant.delay = try delay.duration() }
            if let discount = object["discount"] {
                if case .string(let text) = discount.value, ["none", "no", "off"].contains(text.lowercased()) {
                    variant.removesDiscount = true
                } else if case .bool(false) = discount.value {
                    variant.removesDiscount = true
                } else {
                    variant.discount = try self.parseDiscount(discount, defaultTier: defaultTier, currency: currency)
                }
            }
            variants.append(variant)
        }
        guard !variants.isEmpty else { throw field.error("list at least one variant, or leave variants out") }
        return variants
    }
}
