import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

/// A WooCommerce order's recovery link stays on the store's own domains.
@Suite struct WooCommerceLinkTests {
    static let domains = LinkDomains(["https://summit.example"])

    /// The pending-order sample with its `payment_url` and `_links` on `host`.
    func order(host: String, paymentURL: Bool = true) throws -> Data {
        var object = try Fixture.object("woocommerce/order_pending.derived.json")
        object["payment_url"] =
            paymentURL ? "https://\(host)/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d" : NSNull()
        object["_links"] = ["self": [["href": "https://\(host)/wp-json/wc/v3/orders/727"]]]
        return try Fixture.json(object)
    }

    func recoveryURL(_ parser: WooCommercePayloadParser, _ body: Data) throws -> String? {
        guard case .cartUpdated(let cart) = try parser.parse(topic: "order.created", body: body) else {
            Issue.record("expected a cart")
            return nil
        }
        return cart.recoveryURL
    }

    @Test func aPaymentURLOnAnotherHostBecomesTheOrderPayLinkOnTheConfiguredSite() throws {
        let parser = WooCommercePayloadParser(siteURL: "https://summit.example", linkDomains: Self.domains)
        #expect(
            try self.recoveryURL(parser, self.order(host: "evil.example"))
                == "https://summit.example/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d")
    }

    @Test func aPaymentURLOnTheStoresDomainIsKept() throws {
        let parser = WooCommercePayloadParser(siteURL: "https://summit.example", linkDomains: Self.domains)
        #expect(
            try self.recoveryURL(parser, self.order(host: "shop.summit.example"))
                == "https://shop.summit.example/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d")
    }

    @Test func withoutAConfiguredSiteAForeignLinksSiteGivesNoLink() throws {
        let parser = WooCommercePayloadParser(siteURL: nil, linkDomains: Self.domains)
        #expect(try self.recoveryURL(parser, self.order(host: "evil.example", paymentURL: false)) == nil)
    }
}
