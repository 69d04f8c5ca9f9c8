import Foundation

/// Building a context from Reclaim's domain values.
extension TemplateContext {
    /// Creates a context for one cart, formatting every amount and date for the shopper.
    ///
    /// The lead product is the line with the largest total (the first one on a tie); its variant
    /// is shown in parentheses with `/` read as a comma (`Blue / M` → `(Blue, M)`), and Shopify's
    /// `Default Title` is ignored.
    ///
    /// - Parameters:
    ///   - store: brand, support contacts, postal address and fallback time zone.
    ///   - cart: items, subtotal and currency.
    ///   - shopper: first name and locale, when known (English otherwise).
    ///   - link: the tracked link to the cart.
    ///   - discount: the cart's active code, if one is offered in this message.
    ///   - freeShippingThreshold: the store's free-shipping minimum, if it has one.
    ///   - lowStock: units left of the lead product when the store reports low stock.
    ///   - unsubscribeLink: the email's unsubscribe link.
    ///   - socialProof: a short true line of social proof from the merchant.
    ///   - timeZone: the shopper's time zone; the store's zone (then UTC) when `nil`.
    public init(
        store: Store, cart: Cart, shopper: Contact?, link: String, discount: Discount? = nil,
        freeShippingThreshold: Money? = nil, lowStock: Int? = nil, unsubscribeLink: String? = nil,
        socialProof: String? = nil, timeZone: TimeZone? = nil
    ) {
        let locale = TemplateLocale(shopper?.locale)
        let wording = TemplateWording(locale)
        let money = MoneyFormatter(locale: locale)
        let zone = timeZone ?? TimeZone(identifier: store.timezone) ?? TimeZone(secondsFromGMT: 0) ?? .current
        let lead = cart.items.enumerated().max { lhs, rhs in
            lhs.element.lineTotal != rhs.element.lineTotal
                ? lhs.element.lineTotal < rhs.element.lineTotal : lhs.offset > rhs.offset
        }?.element
        let gap = freeShippingThreshold.flatMap { threshold -> Money? in
            guard threshold.currency == cart.subtotal.currency, threshold.minor > cart.subtotal.minor else { return nil }
            return Money(minor: threshold.minor.saturatingSubtracting(cart.subtotal.minor), currency: threshold.currency)
        }
        self.init(
            locale: locale,
            brand: store.name,
            firstName: shopper?.firstName,
            productName: lead.map(Self.nameWithVariant) ?? wording.yourItems,
            productTitle: lead?.title.templateTrimmed() ?? wording.yourItems,
            itemCount: cart.itemCount,
            otherItemsCount: cart.itemCount - (lead?.quantity ?? 0),
            cartTotal: money.string(cart.subtotal),
            freeShippingGap: gap.map { money.string($0) },
            stockLevel: lowStock.flatMap { $0 > 0 ? $0 : nil },
            discount: discount.map {
                TemplateDiscount($0, currency: cart.subtotal.currency, locale: locale, timeZone: zone)
            },
            link: link,
            supportPhone: store.supportPhone,
            supportEmail: store.supportEmail,
            postalAddress: store.postalAddress,
            unsubscribeLink: unsubscribeLink,
            socialProof: socialProof)
    }

    /// `Ethiopia Yirgacheffe (12oz, whole bean)` from the title and variant `12oz / whole bean`.
    /// - Parameter item: a cart line.
    public static func nameWithVariant(_ item: LineItem) -> String {
        let title = item.title.templateTrimmed()
        let variant = (item.variantTitle ?? "").templateTrimmed()
        guard !variant.isEmpty, variant.lowercased() != "default title", variant != title else { return title }
        let parts = variant.split(separator: "/").map { String($0).templateTrimmed() }.filter { !$0.isEmpty }
        return "\(title) (\(parts.joined(separator: ", ")))"
    }
}

extension TemplateDiscount {
    /// Words a domain discount for a shopper.
    /// - Parameters:
    ///   - discount: the issued code.
    ///   - currency: the cart's currency, for fixed amounts.
    ///   - locale: the shopper's locale.
    ///   - timeZone: the shopper's time zone, for the expiry.
    public init(_ discount: Discount, currency: String, locale: TemplateLocale, timeZone: TimeZone) {
        let wording = TemplateWording(locale)
        let dates = TemplateDateFormatter(locale: locale, timeZone: timeZone)
        let amount =
            switch discount.type {
            case .percent: wording.percent(discount.value)
            case .fixedAmount:
                MoneyFormatter(locale: locale).string(Money(minor: discount.value, currency: currency), omitZeroFraction: true)
            case .freeShipping: wording.freeShipping
            }
        let freeShipping = discount.type == .freeShipping
        self.init(
            code: discount.code, amount: amount, offer: wording.offer(amount: amount, freeShipping: freeShipping),
            freeShipping: freeShipping, expires: dates.shortDate(discount.expiresAt),
            expiresLong: dates.dateTime(discount.expiresAt))
    }
}
