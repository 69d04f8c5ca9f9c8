import Foundation
import Testing

@testable import ReclaimCore

/// Content rules on rendered texts (test cases 15, 37, 38).
@Suite struct MessageRulesTests {
    static let brand = "Northwind Coffee"

    @Test(arguments: [
        ("Northwind Coffee: your cart is waiting. Reply STOP to opt out", true, [String]()),
        ("NORTHWIND COFFEE: cart waiting. Txt STOP to end", true, []),
        ("Northwind Coffee: cart waiting. STOP to unsubscribe", true, []),
        ("Northwind Coffee: your cart is waiting", false, []),
        ("Your cart is waiting. Reply STOP to opt out", true, ["brand_missing"]),
        ("Northwind Coffee: your cart is waiting", true, ["opt_out_line_missing"]),
        ("Northwind Coffee: Reply STOP is the only way to opt out", true, ["opt_out_exclusive_means"]),
        ("Northwind Coffee: cart waiting. Reply 2 to unsubscribe", true, ["opt_out_line_missing", "opt_out_nonstandard_keyword"]),
        ("Northwind Coffee: cart at bit.ly/abc Reply STOP to opt out", true, ["public_url_shortener"]),
        ("Northwind Coffee: https://tinyurl.com/x Reply STOP to opt out", true, ["public_url_shortener"]),
        ("Northwind Coffee: goo.gl/x and t.co/y. Reply STOP to opt out", true, ["public_url_shortener", "public_url_shortener"]),
        ("Northwind Coffee: https://nw.coffee/r/abc Reply STOP to opt out", true, []),
        ("Northwind Coffee: https://northwind.example/cart Reply STOP to opt out", true, []),
        ("Northwind Coffee : panier en attente. Répondez STOP pour vous désabonner", true, []),
        ("Northwind Coffee: carrito pendiente. Responde STOP para salir", true, []),
        ("Northwind Coffee: panier. STOP au 36180", true, []),
        ("   ", true, ["message_empty"]),
    ])
    func rules(text: String, first: Bool, codes: [String]) {
        #expect(
            MessageRules.check(text: text, brand: Self.brand, isFirstMessage: first, requireSingleSegment: false)
                .map(\.code) == codes)
    }

    @Test(arguments: [(160, [String]()), (161, ["segment_limit"])])
    func singleSegmentRequirement(length: Int, codes: [String]) {
        let prefix = "Northwind Coffee Reply STOP to opt out "
        let text = prefix + String(repeating: "x", count: length - prefix.count)
        #expect(
            MessageRules.check(text: text, brand: Self.brand, isFirstMessage: true, requireSingleSegment: true)
                .map(\.code) == codes)
    }

    @Test func overlongTextIsRefused() {
        let text = "Northwind Coffee " + String(repeating: "x", count: 1600)
        #expect(
            MessageRules.check(text: text, brand: Self.brand, isFirstMessage: false, requireSingleSegment: false)
                .map(\.code) == ["message_too_long"])
    }

    @Test func emailOnlyNeedsTheBrand() {
        let requirements = MessageRules.Requirements(brand: Self.brand, optOutLine: true, singleSegment: true)
        #expect(MessageRules.check(text: "Hi from Northwind Coffee bit.ly/x", requirements: requirements, channel: .email).isEmpty)
    }

    @Test(arguments: [
        ("Northwind Coffee: You're unsubscribed and will receive no more messages.", [String]()),
        ("Northwind Coffee: unsubscribed. Use code BACK10 for 10% off!", ["opt_out_confirmation_marketing"]),
        ("Northwind Coffee: unsubscribed. Visit northwind.example", ["opt_out_confirmation_marketing"]),
        ("You're unsubscribed.", ["brand_missing"]),
    ])
    func optOutConfirmationCarriesNoMarketing(text: String, codes: [String]) {
        #expect(MessageRules.checkOptOutConfirmation(text: text, brand: Self.brand).map(\.code) == codes)
    }

    @Test func brandWithAnOfferWordIsNotMarketing() {
        #expect(
            MessageRules.checkOptOutConfirmation(
                text: ComplianceTexts.optOutConfirmation(brand: "Free Shop"), brand: "Free Shop"
            ).isEmpty)
    }
}
