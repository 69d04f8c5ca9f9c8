import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// Shopify's mandatory privacy topics erase personal data but keep suppressions.
@Suite struct PrivacyWebhookTests {
    @Test func customersRedactErasesTheShopperButKeepsTheSuppressionHash() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            // Given a shopper with a cart and an email opt-out
            _ = try await app.event("cart.updated", cartData("C1", phone: nil, email: "john@example.com"))
            _ = try await app.event("consent.revoked", ["channel": "email", "email": "john@example.com"])
            // When Shopify asks to redact them
            let body = try Commerce.fixture("shopify/webhook_customers_redact.sample.2026-07.json")
            #expect(try await app.shopify("customers/redact", body).status == .ok)
            try await app.runJobs()
            // Then the contact is gone from the cart, and the address stays suppressed by hash only
            let cart = try #require(try await app.cart("C1"))
            let contact = cart["contact"] as? [String: Any]
            #expect(contact?["email"] == nil)
            #expect(contact?["first_name"] == nil)
            let suppressions = app.dependencies.repositories.suppressions
            let hash = AddressHash.of("john@example.com", channel: .email)
            let entry = try await suppressions.find(storeID: Commerce.store, channel: .email, addressHash: hash)
            #expect(entry != nil)
            #expect(entry?.address == nil)
            let history = try await app.dependencies.repositories.consent.history(
                storeID: Commerce.store, channel: .email, address: "john@example.com")
            #expect(history.isEmpty)
        }
    }

    @Test func shopRedactErasesTheWebhookBodiesTheStoresJobsStillHold() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            // Given a checkout that was applied and one whose delivery failed for good
            let checkout = try Commerce.fixture("shopify/webhook_checkouts_create.sample.2026-07.json")
            #expect(try await app.shopify("checkouts/create", checkout).status == .ok)
            try await app.runJobs()
            let queue = app.dependencies.queue
            let failed = WebhookDelivery(
                source: .shopify, storeID: Commerce.store, deliveryID: "wh-dead", topic: "checkouts/create", body: checkout)
            let dead = try await queue.enqueue(
                kind: IngestionService.jobKind, payloadJSON: failed.payloadJSON(), runAt: Date(timeIntervalSince1970: 0),
                now: app.clock.now())
            let claimed = try #require(try await queue.claim(limit: 1, lease: 60, worker: "w", now: app.clock.now()).first)
            #expect(claimed.id == dead.id)
            _ = try await queue.fail(claimed, error: "refused", retryAt: nil, now: app.clock.now())
            let ingested = try await queue.erasureCandidates(kinds: [IngestionService.jobKind], needles: [])
            // the applied one kept its delivery, without the body
            let applied = try #require(ingested.first { $0.id != dead.id })
            let kept = try applied.decode(WebhookDelivery.self)
            #expect(kept.body.isEmpty && kept.bodyRemoved == true)
            // When the shop is redacted
            let body = Data(#"{"shop_id": 1, "shop_domain": "summit.myshopify.com"}"#.utf8)
            #expect(try await app.shopify("shop/redact", body).status == .ok)
            try await app.runJobs()
            // Then the failed delivery's body is gone too
            #expect(try await queue.get(id: dead.id)?.payload == JobQueue.erasedPayload)
            for job in try await queue.erasureCandidates(kinds: [IngestionService.jobKind], needles: []) {
                #expect(!job.payload.contains(failed.body))
                #expect((try? job.decode(WebhookDelivery.self))?.body.isEmpty ?? true)
            }
        }
    }

    @Test func shopRedactForAnotherShopChangesNothing() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            _ = try await app.event("cart.updated", cartData("C1"))
            let body = Data(#"{"shop_id": 1, "shop_domain": "someone-else.myshopify.com"}"#.utf8)
            #expect(try await app.shopify("shop/redact", body).status == .ok)
            try await app.runJobs()
            let contact = try #require(try await app.cart("C1"))["contact"] as? [String: Any]
            #expect(contact?["phone"] as? String == "+13125550101")
        }
    }
}
