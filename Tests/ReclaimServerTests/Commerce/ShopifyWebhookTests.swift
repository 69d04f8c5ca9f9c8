import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `POST /webhooks/shopify/{store}`: signed checkouts become carts, forgeries store nothing, replays are
/// no-ops, orders recover their checkout.
@Suite struct ShopifyWebhookTests {
    static let checkout = "shopify/webhook_checkouts_create.sample.2026-07.json"
    static let order = "shopify/webhook_orders_create.sample.2026-07.json"

    @Test func aSignedCheckoutBecomesACartWithItemsAndRecoveryURL() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.shopify("checkouts/create", try Commerce.fixture(Self.checkout))
            #expect(response.status == .ok)
            #expect(try Commerce.json(response)["status"] as? String == "accepted")

            try await app.runJobs()

            let cart = try #require(try await app.cart("123123123"))
            let items = try #require(cart["items"] as? [[String: Any]])
            #expect(items.count >= 1)
            #expect(items.first?["title"] as? String == "IPod Nano - 8GB")
            #expect((cart["recovery_url"] as? String)?.contains("checkout.local") == true)
            #expect((cart["contact"] as? [String: Any])?["email"] as? String == "example@email.com")
            // The cart answers to its cart_token and a platform-prefixed key too.
            #expect(try await app.cart("eeafa272cebfd4b22385bc4b645e762c")?["id"] as? String == cart["id"] as? String)
            #expect(try await app.cart("shopify:123123123")?["id"] as? String == cart["id"] as? String)
        }
    }

    @Test func aForgedOrUnsignedWebhookIs401AndStoresNothing() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let body = try Commerce.fixture(Self.checkout)
            let forged = try await app.shopify("checkouts/create", body, signature: Commerce.hmac(body, secret: "wrong"))
            #expect(forged.status == .unauthorized)
            let error = try #require(try Commerce.json(forged)["error"] as? [String: String])
            #expect(error["code"] == "unauthorized")
            let unsigned = try await app.shopify("shop/redact", Data(#"{"shop_id": 1}"#.utf8), signature: "")
            #expect(unsigned.status == .unauthorized)

            #expect(try await app.jobs(IngestionService.jobKind) == 0)
            try await app.runJobs()
            #expect(try await app.cart("123123123") == nil)
        }
    }

    @Test func aReplayedDeliveryIsANoOp() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let body = try Commerce.fixture(Self.checkout)
            #expect(try await app.shopify("checkouts/create", body, webhookID: "wh-1").status == .ok)
            let replay = try await app.shopify("checkouts/create", body, webhookID: "wh-1")
            #expect(replay.status == .ok)
            #expect(try Commerce.json(replay)["status"] as? String == "duplicate")

            try await app.runJobs()

            #expect(try await app.jobs(IngestionService.jobKind) == 1)
            let stats = try Commerce.json(try await app.api(.get, "/stats"))
            #expect((stats["carts"] as? [String: Any])?["total"] as? Int == 1)
        }
    }

    @Test func malformedJSONIs400AndUnknownTopicsAreIgnored() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let malformed = try await app.shopify("checkouts/create", Data(#"{"token": "777", "line_items": [ {"#.utf8))
            #expect(malformed.status == .badRequest)
            #expect((try Commerce.json(malformed)["error"] as? [String: String])?["message"]?.contains("JSON") == true)

            let unknown = try await app.shopify("carts/update", Data("{}".utf8))
            #expect(unknown.status == .ok)
            #expect(try Commerce.json(unknown)["status"] as? String == "ignored")
            #expect(try await app.jobs(IngestionService.jobKind) == 0)
        }
    }

    @Test func anUnknownStoreIs404() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.client.execute(
                uri: "/webhooks/shopify/nobody", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{}"))
            #expect(response.status == .notFound)
        }
    }

    @Test func anOrderForTheCheckoutRecoversItBeforeAnyJourneyStarts() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            // Given a checkout updated just now (30 minutes of idle time ahead)
            let now = Commerce.iso(clock.now())
            let checkout = try Commerce.fixture(Self.checkout, replacing: ["updated_at": now, "created_at": now])
            _ = try await app.shopify("checkouts/create", checkout)
            try await app.runJobs()
            // When its order arrives 10 minutes later
            clock.advance(by: 600)
            let order = try Commerce.fixture(
                Self.order, replacing: ["checkout_token": "123123123", "cart_token": "eeafa272cebfd4b22385bc4b645e762c"])
            #expect(try await app.shopify("orders/create", order).status == .ok)
            try await app.runJobs()
            // Then the cart is recovered, its idle check cancelled, and no journey ever starts
            let cart = try #require(try await app.cart("123123123"))
            #expect(cart["status"] as? String == "recovered")
            #expect(cart["recovered"] as? Bool == true)
            #expect(cart["order_id"] as? String == "820982911946154508")
            #expect(cart["journey"] == nil)
            clock.advance(by: 3600)
            try await app.runJobs()
            #expect(try await app.cart("123123123")?["status"] as? String == "recovered")
            #expect(try await app.jobs(AbandonmentService.flowStartKind) == 0)
            #expect(try await app.jobs(AbandonmentService.checkKind, state: .done) == 0)
        }
    }
}
