import Foundation
import Testing

@testable import ReclaimCore

/// Building the template context from carts, shoppers and discounts.
@Suite struct TemplateContextTests {
    typealias Fixtures = TemplateFixtures

    @Test(
        arguments: [
            ("Ethiopia Yirgacheffe", "12oz / whole bean", "Ethiopia Yirgacheffe (12oz, whole bean)"),
            ("Summit Trail Jacket", "Blue / M", "Summit Trail Jacket (Blue, M)"),
            ("Gift Card", "Default Title", "Gift Card"),
            ("Mug", nil, "Mug"),
            ("  Mug ", " ", "Mug"),
            ("Mug", "Mug", "Mug"),
        ] as [(String, String?, String)])
    func productNamesCarryTheirVariant(title: String, variant: String?, expected: String) {
        #expect(TemplateContext.nameWithVariant(Fixtures.item(title, variant: variant)) == expected)
    }

    @Test func theLeadProductIsTheLargestLineAndTheRestAreOtherItems() {
        // Given
        let cart = Fixtures.cart([
            Fixtures.item("Filters", quantity: 2, price: 500),
            Fixtures.item("Grinder", variant: "Black", price: 8900),
            Fixtures.item("Beans", quantity: 3, price: 1800),
        ])
        // When
        let context = TemplateContext(store: Fixtures.store, cart: cart, shopper: Fixtures.shopper(), link: "x")
        let value = context.templateValue()
        // Then
        #expect(context.productName == "Grinder (Black)")
        #expect(context.productTitle == "Grinder")
        #expect(context.itemCount == 6)
        #expect(context.otherItemsCount == 5)
        #expect(value["other_items_text"] == "and 5 other items")
        #expect(context.cartTotal == "$153.00")
    }

    @Test(arguments: [
        ("en", 1, "and 1 other item"), ("en", 2, "and 2 other items"), ("es", 1, "y otro producto"),
        ("es", 3, "y otros 3 productos"), ("fr", 1, "et 1 autre article"), ("fr", 4, "et 4 autres articles"),
    ])
    func otherItemsAreWordedPerLanguage(locale: String, count: Int, expected: String) {
        let cart = Fixtures.cart([Fixtures.item("Beans", price: 9000), Fixtures.item("Filters", quantity: count, price: 1)])
        let context = TemplateContext(
            store: Fixtures.store, cart: cart, shopper: Fixtures.shopper(locale: locale), link: "x")
        #expect(context.templateValue()["other_items_text"] == .string(expected))
    }

    @Test(arguments: [(5000, "$17.50" as String?), (3250, nil), (2000, nil)])
    func theFreeShippingGapIsShownOnlyWhenPositive(threshold: Int, expected: String?) {
        let cart = Fixtures.cart([Fixtures.item("Beans", price: 3250)])
        let context = TemplateContext(
            store: Fixtures.store, cart: cart, shopper: Fixtures.shopper(), link: "x",
            freeShippingThreshold: Money(minor: threshold, currency: "USD"))
        #expect(context.freeShippingGap == expected)
    }

    @Test func aThresholdInAnotherCurrencyIsIgnored() {
        let context = TemplateContext(
            store: Fixtures.store, cart: Fixtures.cart([Fixtures.item("Beans")]), shopper: Fixtures.shopper(),
            link: "x", freeShippingThreshold: Money(minor: 9000, currency: "EUR"))
        #expect(context.freeShippingGap == nil)
    }

    @Test(arguments: [
        (DiscountType.percent, 15, "en-US", "USD", "15%", "15% off"),
        (.fixedAmount, 1000, "en-US", "USD", "$10", "$10 off"),
        (.fixedAmount, 1050, "en-US", "USD", "$10.50", "$10.50 off"),
        (.freeShipping, 0, "en-US", "USD", "free shipping", "free shipping"),
        (.percent, 15, "es", "EUR", "15 %", "15 % de descuento"),
        (.fixedAmount, 1000, "es", "EUR", "10 €", "10 € de descuento"),
        (.freeShipping, 0, "es", "EUR", "entrega gratis", "entrega gratis"),
        (.percent, 15, "fr", "EUR", "15 %", "15 % de réduction"),
        (.fixedAmount, 1000, "fr", "EUR", "10 €", "10 € de réduction"),
        (.freeShipping, 0, "fr", "EUR", "livraison offerte", "la livraison offerte"),
    ])
    func discountsAreWordedPerLanguage(
        type: DiscountType, value: Int, locale: String, currency: String, amount: String, offer: String
    ) throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let discount = TemplateDiscount(
            Fixtures.discount(type, value: value), currency: currency, locale: TemplateLocale(locale), timeZone: zone)
        #expect(discount.amount == amount)
        #expect(discount.offer == offer)
        #expect(discount.freeShipping == (type == .freeShipping))
    }

    @Test func theDiscountExpiryIsInTheShoppersTimeZoneAndLanguage() throws {
        let paris: TimeZone = try #require(TimeZone(identifier: "Europe/Paris"))
        let context = TemplateContext(
            store: Fixtures.store, cart: Fixtures.cart([Fixtures.item("Beans")], currency: "EUR"),
            shopper: Fixtures.shopper(locale: "fr-FR"), link: "x", discount: Fixtures.discount(),
            timeZone: paris)
        #expect(context.discount?.expires == "24 nov.")
        #expect(context.discount?.expiresLong == "mardi 24 novembre à 23:00")
    }

    @Test func theStoreTimeZoneIsUsedWhenTheShoppersIsUnknown() {
        let context = TemplateContext(
            store: Fixtures.store, cart: Fixtures.cart([Fixtures.item("Beans")]), shopper: Fixtures.shopper(),
            link: "x", discount: Fixtures.discount())
        #expect(context.discount?.expiresLong == "Tuesday, November 24 at 5:00 PM")
    }

    @Test(arguments: ["", "   ", nil] as [String?])
    func aBlankFirstNameIsAbsent(firstName: String?) {
        let context = Fixtures.context(product: "Beans", firstName: firstName)
        #expect(context.templateValue()["first_name"] == .null)
    }

    @Test func absentFactsAreNullSoTemplatesMayNameThem() {
        let context = TemplateContext(
            store: Store(id: "s", name: "Shop", timezone: "UTC", currency: "USD", defaultRegion: "US"),
            cart: Fixtures.cart([]), shopper: nil, link: "x")
        let value = context.templateValue()
        for name in TemplateContext.variableNames {
            #expect(value[name] != nil, "\(name) is missing")
        }
        #expect(value["discount"] == .null)
        #expect(value["stock_level"] == .null)
        #expect(value["product"] == "your items")
        #expect(context.locale == .english)
    }
}
