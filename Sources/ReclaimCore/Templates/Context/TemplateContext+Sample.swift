import Foundation

/// Sample contexts the template library is validated against.
extension TemplateContext {
    /// A 30-character tracked link, the length budgeted for in built-in texts.
    public static let sampleLink = "https://nw.example/r/AbC123xyz"

    /// A typical cart with every optional fact present: a first name, a 39-character product
    /// with its variant, two other items, a free-shipping gap, low stock and a 15% code.
    /// - Parameters:
    ///   - locale: the locale to word it in (USD for English, EUR otherwise).
    ///   - store: the merchant's store, for its real brand and contacts; a sample store when `nil`.
    ///   - link: the tracked link to budget for.
    /// - Returns: the sample context.
    public static func sample(locale: TemplateLocale, store: Store? = nil, link: String = sampleLink) -> TemplateContext {
        Self.sample(
            locale: locale, store: store, link: link, firstName: "Samantha",
            item: LineItem(
                productID: "p1", title: "Ethiopia Yirgacheffe", variantTitle: "12oz / whole bean",
                quantity: 1, unitPrice: 2250),
            extras: true)
    }

    /// The sample with every optional fact absent except the discount: no first name, no other
    /// items, no free-shipping gap, no stock level, no social proof, no support phone.
    /// - Parameters:
    ///   - locale: the locale to word it in.
    ///   - store: the merchant's store, if any.
    ///   - link: the tracked link to budget for.
    /// - Returns: the sample context.
    public static func minimalSample(
        locale: TemplateLocale, store: Store? = nil, link: String = sampleLink
    ) -> TemplateContext {
        Self.sample(
            locale: locale, store: store, link: link, firstName: nil,
            item: LineItem(
                productID: "p1", title: "Ethiopia Yirgacheffe", variantTitle: "12oz / whole bean",
                quantity: 1, unitPrice: 2250),
            extras: false)
    }

    /// The full sample with an 87-character product name, which single-segment texts only fit by
    /// falling back to a shorter name.
    /// - Parameters:
    ///   - locale: the locale to word it in.
    ///   - store: the merchant's store, if any.
    ///   - link: the tracked link to budget for.
    /// - Returns: the sample context.
    public static func longProductSample(
        locale: TemplateLocale, store: Store? = nil, link: String = sampleLink
    ) -> TemplateContext {
        Self.sample(
            locale: locale, store: store, link: link, firstName: "Maximiliana",
            item: LineItem(
                productID: "p9", title: "Limited Edition Single-Origin Ethiopia Yirgacheffe Natural Process",
                variantTitle: "2lb bag / whole bean", quantity: 1, unitPrice: 2250),
            extras: true)
    }

    /// The sample store: Northwind Coffee in Portland, Maine.
    public static let sampleStore = Store(
        id: "northwind", name: "Northwind Coffee", timezone: "America/New_York", currency: "USD", defaultRegion: "US",
        website: "https://northwind.example", supportPhone: "+15550002222", supportEmail: "help@northwind.example",
        postalAddress: "1 Harbor Way, Portland, ME 04101, USA")

    private static func sample(
        locale: TemplateLocale, store: Store?, link: String, firstName: String?, item: LineItem, extras: Bool
    ) -> TemplateContext {
        var shop = store ?? Self.sampleStore
        if !extras { shop.supportPhone = nil }
        let currency = locale.language == .en ? "USD" : "EUR"
        let created = Date(timeIntervalSince1970: 1_795_348_800)
        let items =
            extras
            ? [item, LineItem(productID: "p2", title: "Paper Filters", quantity: 2, unitPrice: 500)] : [item]
        let subtotal = items.reduce(0) { $0 + $1.lineTotal }
        let cart = Cart(
            id: "cart_sample", storeID: shop.id, source: .events, externalID: "sample", items: items,
            subtotal: Money(minor: subtotal, currency: currency), lastActivityAt: created, createdAt: created,
            updatedAt: created)
        let shopper = Contact(
            id: "contact_sample", storeID: shop.id, firstName: firstName, locale: locale.identifier,
            createdAt: created, updatedAt: created)
        // 2026-11-24 22:00 UTC: a Tuesday, 17:00 in New York.
        let discount = Discount(
            id: "discount_sample", storeID: shop.id, cartID: cart.id, code: "COMEBACK-7Q4X", type: .percent, value: 15,
            tier: 1, expiresAt: Date(timeIntervalSince1970: 1_795_557_600), createdAt: created)
        let zone = TimeZone(identifier: Self.sampleZone(locale)) ?? TimeZone(secondsFromGMT: 0) ?? .current
        return TemplateContext(
            store: shop, cart: cart, shopper: shopper, link: link, discount: discount,
            freeShippingThreshold: extras ? Money(minor: 5000, currency: currency) : nil, lowStock: extras ? 3 : nil,
            unsubscribeLink: "https://nw.example/u/AbC123xyz",
            socialProof: extras ? TemplateWording(locale).sampleSocialProof : nil, timeZone: zone)
    }

    private static func sampleZone(_ locale: TemplateLocale) -> String {
        switch locale.language {
        case .en: "America/New_York"
        case .es: "Europe/Madrid"
        case .fr: "Europe/Paris"
        }
    }
}

extension TemplateWording {
    /// Social proof in the sample context.
    var sampleSocialProof: String {
        switch self.language {
        case .en: "Rated 4.8 out of 5 by 1,200 customers"
        case .es: "Valorado con 4,8 de 5 por 1200 clientes"
        case .fr: "Noté 4,8 sur 5 par 1 200 clients"
        }
    }
}
