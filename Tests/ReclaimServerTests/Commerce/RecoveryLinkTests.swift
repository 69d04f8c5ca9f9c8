import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import Testing

@testable import ReclaimServer

/// Recovery links lead only to the store's configured domains, whatever a delivery says, and an unknown
/// tracked link names no store.
@Suite struct RecoveryLinkTests {
    @Test func aWooDeliveryNamingAnAttackerHostStillLinksToTheConfiguredWebsite() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            // Given a signed order whose unsigned source header and body URLs all name another host
            let body = try Commerce.fixture(
                "woocommerce/order_pending.derived.json",
                replacing: [
                    "payment_url": "https://evil.example/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d",
                    "_links": ["self": [["href": "https://evil.example/wp-json/wc/v3/orders/727"]]],
                    "billing": ["first_name": "Ana", "email": "ana@shopper.example", "phone": "+13125550101", "country": "US"],
                ])
            let headers: HTTPFields = [
                .contentType: "application/json",
                HTTPField.Name("X-WC-Webhook-Topic")!: "order.created",
                HTTPField.Name("X-WC-Webhook-Delivery-ID")!: UUID().uuidString,
                HTTPField.Name("X-WC-Webhook-Source")!: "https://evil.example/",
                HTTPField.Name("X-WC-Webhook-Signature")!: Commerce.hmac(body, secret: Commerce.wooSecret),
            ]
            // When it is delivered and processed
            let response = try await app.client.execute(
                uri: "/webhooks/woocommerce/\(Commerce.store)", method: .post, headers: headers, body: ByteBuffer(data: body))
            #expect(response.status == .ok)
            try await app.runJobs()
            // Then the cart links to the order-pay page of the configured website
            let cart = try #require(try await app.cart("727"))
            #expect(
                cart["recovery_url"] as? String
                    == "https://summit.example/checkout/order-pay/727/?pay_for_order=true&key=wc_order_58d2d042d1d")
        }
    }

    @Test func anEventsRecoveryURLElsewhereBecomesTheWebsiteAndASubdomainIsKept() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            var foreign = cartData("E-foreign")
            foreign["recovery_url"] = "https://summit.example.evil.example/cart/E-foreign"
            #expect(try await app.event("cart.updated", foreign).status == .ok)
            #expect(try await app.cart("E-foreign")?["recovery_url"] as? String == "https://summit.example")

            var own = cartData("E-own")
            own["recovery_url"] = "https://checkout.summit.example/cart/E-own"
            #expect(try await app.event("cart.updated", own).status == .ok)
            #expect(try await app.cart("E-own")?["recovery_url"] as? String == "https://checkout.summit.example/cart/E-own")
        }
    }

    @Test func anUnknownTrackedLinkIsANeutral404NotAStoresPage() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.client.execute(uri: "/r/doesnotexist", method: .get, headers: [:], body: nil)
            #expect(response.status == .notFound)
            #expect(response.headers[.location] == nil)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            let page = String(buffer: response.body)
            #expect(page.contains("This link is not valid"))
            #expect(!page.contains("summit") && !page.contains("Summit"))
        }
    }
}
