/// The context as the tree templates are rendered against.
extension TemplateContext {
    /// Every top-level name a template may use. Names inside `discount` are `code`, `amount`,
    /// `offer`, `free_shipping`, `expires` and `expires_long`.
    public static let variableNames: [String] = [
        "brand", "first_name", "product", "product_title", "item_count", "other_items", "other_items_text",
        "cart_total", "free_shipping_gap", "stock_level", "discount", "link", "support_phone", "support_email",
        "postal_address", "unsubscribe_link", "social_proof", "optional",
    ]

    /// The context as a ``TemplateValue`` object. Absent optional facts are `null`, so templates
    /// may name them and guard them with sections.
    /// - Parameters:
    ///   - product: a shortened product name to use for `product` and `product_title` (SMS fallbacks).
    ///   - optional: the value of `optional`; `false` drops `{{#optional}}…{{/optional}}` parts.
    /// - Returns: the root object.
    public func templateValue(product: String? = nil, optional: Bool = true) -> TemplateValue {
        let others = self.otherItemsCount > 0 ? TemplateWording(self.locale).otherItems(self.otherItemsCount) : nil
        let discount: TemplateValue =
            self.discount.map { discount in
                .object([
                    "code": .string(discount.code), "amount": .string(discount.amount), "offer": .string(discount.offer),
                    "free_shipping": .bool(discount.freeShipping), "expires": .string(discount.expires),
                    "expires_long": .string(discount.expiresLong),
                ])
            } ?? .null
        return .object([
            "brand": .string(self.brand),
            "first_name": .optional(self.firstName.flatMap { $0.templateTrimmed().isEmpty ? nil : $0.templateTrimmed() }),
            "product": .string(product ?? self.productName),
            "product_title": .string(
                product.map { $0.count < self.productTitle.count ? $0 : self.productTitle }
                    ?? self.productTitle),
            "item_count": .optional(self.itemCount),
            "other_items": .optional(self.otherItemsCount),
            "other_items_text": .optional(others),
            "cart_total": .string(self.cartTotal),
            "free_shipping_gap": .optional(self.freeShippingGap),
            "stock_level": .optional(self.stockLevel.flatMap { $0 > 0 ? $0 : nil }),
            "discount": discount,
            "link": .string(self.link),
            "support_phone": .optional(self.supportPhone),
            "support_email": .optional(self.supportEmail),
            "postal_address": .optional(self.postalAddress),
            "unsubscribe_link": .optional(self.unsubscribeLink),
            "social_proof": .optional(self.socialProof),
            "optional": .bool(optional),
        ])
    }
}
