import Foundation

@testable import ReclaimCore

/// Domain values shared by the template tests: Northwind Coffee, one cart, fixed instants.
enum TemplateFixtures {
    /// 2026-11-22 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_348_800)
    /// 2026-11-24 22:00 UTC, a Tuesday: 17:00 in New York, 23:00 in Paris and Madrid.
    static let expiry = Date(timeIntervalSince1970: 1_795_557_600)

    static let store = TemplateContext.sampleStore

    static func item(
        _ title: String, variant: String? = nil, quantity: Int = 1, price: Int = 2250
    ) -> LineItem {
        LineItem(productID: title, title: title, variantTitle: variant, quantity: quantity, unitPrice: price)
    }

    static func cart(_ items: [LineItem], currency: String = "USD") -> Cart {
        Cart(
            id: "cart_1", storeID: "northwind", source: .events, externalID: "c1", items: items,
            subtotal: Money(minor: items.reduce(0) { $0 + $1.lineTotal }, currency: currency),
            lastActivityAt: Self.now, createdAt: Self.now, updatedAt: Self.now)
    }

    static func shopper(firstName: String? = "Samantha", locale: String? = "en-US") -> Contact {
        Contact(
            id: "contact_1", storeID: "northwind", firstName: firstName, locale: locale, createdAt: Self.now,
            updatedAt: Self.now)
    }

    static func discount(_ type: DiscountType = .percent, value: Int = 15) -> Discount {
        Discount(
            id: "d1", storeID: "northwind", cartID: "cart_1", code: "COMEBACK-7Q4X", type: type, value: value,
            tier: 1, expiresAt: Self.expiry, createdAt: Self.now)
    }

    /// A context for one product, with everything else as in the sample.
    static func context(
        product: String, variant: String? = nil, firstName: String? = "Samantha", locale: String = "en-US",
        brand: String = "Northwind Coffee"
    ) -> TemplateContext {
        var store = Self.store
        store.name = brand
        return TemplateContext(
            store: store, cart: Self.cart([Self.item(product, variant: variant)]),
            shopper: Self.shopper(firstName: firstName, locale: locale), link: TemplateContext.sampleLink,
            discount: Self.discount(), unsubscribeLink: "https://nw.example/u/AbC123xyz",
            timeZone: TimeZone(identifier: "America/New_York"))
    }

    /// An SMS template compiled from a body (and optional compact body).
    static func sms(
        _ body: String, compact: String? = nil, singleSegment: Bool = true, id: MessageTemplateID = "test_sms"
    ) throws -> MessageTemplate {
        try MessageTemplate(
            id: id, locale: "en",
            source: MessageTemplateSource(sms: body, smsCompact: compact, singleSegment: singleSegment))
    }

    /// First-text requirements for Northwind Coffee.
    static let firstText = MessageRules.Requirements(brand: "Northwind Coffee", optOutLine: true, singleSegment: true)
}
