import Foundation
import ReclaimCore
import Testing

/// Which hosts a store's recovery links may lead to.
@Suite struct LinkDomainsTests {
    static let domains = LinkDomains(["https://www.summit.example/", "pay.checkout-partner.example", "not a url at all"])

    static let cases: [(url: String, allowed: Bool)] = [
        ("https://summit.example/cart/42", true),
        ("https://www.summit.example/cart/42", true),
        ("https://shop.summit.example/checkout/order-pay/727/?key=wc_order_1", true),
        ("http://summit.example/", true),
        ("https://SUMMIT.EXAMPLE./cart", true),
        ("https://pay.checkout-partner.example/session/9", true),
        ("https://checkout-partner.example/", false),  // only the configured subdomain and below
        ("https://evil.example/cart/42", false),
        ("https://summit.example.evil.example/cart", false),
        ("https://evilsummit.example/", false),
        ("https://summit.example@evil.example/", false),
        ("https://evil.example/?next=https://summit.example", false),
        ("javascript:alert(1)", false),
        ("//evil.example/cart", false),
        ("/cart/42", false),
        ("ftp://summit.example/cart", false),
        ("", false),
    ]

    @Test(arguments: 0..<cases.count)
    func aURLIsAllowedOnlyOnAConfiguredDomainOrBelow(_ index: Int) {
        let row = Self.cases[index]
        #expect(Self.domains.allows(row.url) == row.allowed, "\(row.url)")
    }

    @Test func theConfiguredDomainsDropWwwAndSkipWhatIsNoHost() {
        #expect(Self.domains.domains == ["summit.example", "pay.checkout-partner.example"])
    }

    @Test func confiningKeepsAnAllowedURLElseTheFallbackElseNothing() {
        #expect(
            Self.domains.confine("https://summit.example/cart/1", fallback: "https://summit.example") == "https://summit.example/cart/1")
        #expect(Self.domains.confine("https://evil.example/cart/1", fallback: "https://summit.example") == "https://summit.example")
        #expect(Self.domains.confine("https://evil.example/cart/1", fallback: "https://evil.example") == nil)
        #expect(LinkDomains([]).confine("https://summit.example/cart/1", fallback: nil) == nil)
    }
}
