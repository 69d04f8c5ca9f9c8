import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `POST /api/v1/stores/{store}/events`: keys, field-level validation, idempotency, consent, orders.
@Suite struct EventsAPITests {
    @Test func aMissingOrWrongKeyIs401() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let body: [String: Any] = ["type": "cart.updated", "id": "evt_1", "data": cartData("C1")]
            #expect(try await app.api(.post, "/events", json: body, key: nil).status == .unauthorized)
            #expect(try await app.api(.post, "/events", json: body, key: "rk_wrong").status == .unauthorized)
            #expect(try await app.cart("C1") == nil)
        }
    }

    @Test func invalidEventsAre400NamingTheField() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            var data = cartData("C1")
            data["cart_id"] = nil
            let missingCart = try await app.event("cart.updated", data)
            #expect(missingCart.status == .badRequest)
            let error = try #require(try Commerce.json(missingCart)["error"] as? [String: String])
            #expect(error["message"]?.contains("data.cart_id") == true)

            let missingType = try await app.api(.post, "/events", json: ["id": "evt_2", "data": cartData("C1")])
            #expect(missingType.status == .badRequest)
            #expect((try Commerce.json(missingType)["error"] as? [String: String])?["message"]?.hasPrefix("type") == true)
        }
    }

    @Test func aCartIsReadableAndAnIdempotencyKeyReplayAppliesNothing() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let first = try await app.event("cart.updated", cartData("C1"), id: "evt_a", key: "key-1")
            #expect(first.status == .ok)
            #expect(try Commerce.json(first)["status"] as? String == "applied")

            // Same key, different body: answered as the first, nothing applied.
            var changed = cartData("C1")
            changed["items"] = [["product_id": "X", "title": "Other", "quantity": 3, "price": 100]]
            let replay = try await app.event("cart.updated", changed, id: "evt_b", key: "key-1")
            #expect(replay.status == .ok)
            #expect(try Commerce.json(replay)["status"] as? String == "duplicate")
            // Same event id without a key: also a duplicate.
            let again = try await app.event("cart.updated", changed, id: "evt_a")
            #expect(try Commerce.json(again)["status"] as? String == "duplicate")

            let cart = try #require(try await app.cart("C1"))
            let items = try #require(cart["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect(items.first?["product_id"] as? String == "SW2P")
            #expect(items.first?["price"] as? Int == 29_900)
            #expect((cart["contact"] as? [String: Any])?["phone"] as? String == "+13125550101")
            #expect(cart["status"] as? String == "open")
        }
    }

    @Test func consentGrantedThenRevokedLeavesASuppression() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            let grant: [String: Any] = [
                "channel": "sms", "phone": "(312) 555-0199", "source": "checkout_checkbox",
                "disclosure_text": "I agree to receive cart reminder texts. Reply STOP to opt out.",
                "ip": "203.0.113.7", "user_agent": "Mozilla/5.0", "page_url": "https://summit.example/checkout",
            ]
            #expect(try await app.event("consent.granted", grant).status == .ok)
            clock.advance(by: 60)
            #expect(try await app.event("consent.revoked", ["channel": "sms", "phone": "+13125550199"]).status == .ok)

            let repositories = app.dependencies.repositories
            let hash = AddressHash.of("+13125550199", channel: .sms)
            #expect(try await repositories.suppressions.isSuppressed(storeID: Commerce.store, channel: .sms, addressHash: hash))
            let history = try await repositories.consent.history(storeID: Commerce.store, channel: .sms, address: "+13125550199")
            #expect(history.map(\.kind) == [.expressWritten, .revoked])
            #expect(history.first?.disclosureHash?.count == 64)
            #expect(history.first?.source == .checkoutCheckbox)

            // A single opt-in does not lift the opt-out, nor does the same express written consent sent
            // again (it states no time of its own, so it cannot be a new act after the STOP).
            clock.advance(by: 60)
            #expect(try await app.event("consent.granted", ["channel": "sms", "phone": "+13125550199"]).status == .ok)
            #expect(try await repositories.suppressions.isSuppressed(storeID: Commerce.store, channel: .sms, addressHash: hash))
            clock.advance(by: 60)
            #expect(try await app.event("consent.granted", grant).status == .ok)
            #expect(try await repositories.suppressions.isSuppressed(storeID: Commerce.store, channel: .sms, addressHash: hash))
            // A new checkbox grant that happened after the STOP does.
            let ticked = Commerce.iso(clock.now().addingTimeInterval(-1))
            let event: [String: Any] = ["type": "consent.granted", "id": "evt_new", "occurred_at": ticked, "data": grant]
            #expect(try await app.api(.post, "/events", json: event).status == .ok)
            #expect(try await !repositories.suppressions.isSuppressed(storeID: Commerce.store, channel: .sms, addressHash: hash))
        }
    }

    @Test func anUnreadableConsentPhoneIs400() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await app.event("consent.granted", ["channel": "sms", "phone": "12"])
            #expect(response.status == .badRequest)
            #expect((try Commerce.json(response)["error"] as? [String: String])?["message"]?.contains("data.phone") == true)
        }
    }

    @Test func orderPlacedRecoversTheCartAndCountsInStats() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            _ = try await app.event("cart.updated", cartData("C1"))
            let order: [String: Any] = [
                "order_id": "O1", "cart_id": "C1", "total": 29_900, "currency": "USD",
                "contact": ["email": "ana@shopper.example"],
            ]
            let response = try await app.event("order.placed", order)
            #expect(response.status == .ok)
            let cart = try #require(try await app.cart("C1"))
            #expect(cart["status"] as? String == "recovered")
            #expect(cart["order_id"] as? String == "O1")
            let stats = try Commerce.json(try await app.api(.get, "/stats"))
            #expect(stats["orders"] as? Int == 1)
            #expect((stats["carts"] as? [String: Any])?["purchased_before_abandonment"] as? Int == 1)
            #expect((stats["recovered_revenue"] as? [String: Any])?["minor"] as? Int == 0)
            #expect(try await app.api(.get, "/stats?from=yesterday").status == .badRequest)
        }
    }

    @Test func catalogUpsertedStoresProducts() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let products: [[String: Any]] = [
                [
                    "id": "SW2P", "title": "Switchback 2P Tent", "options": ["Color": ["Green"]],
                    "variants": [["id": "SW2P-G", "title": "Green", "options": ["Color": "Green"], "price": 29_900, "available": true]],
                ]
            ]
            #expect(try await app.event("catalog.upserted", ["products": products]).status == .ok)
            let stored = try await SQLCatalogStore(database: app.dependencies.database.sql)
                .get(storeID: Commerce.store, productID: "SW2P")
            #expect(stored?.variants.first?.price == 29_900)
            #expect(stored?.currency == "USD")
        }
    }

    @Test func aBurstOfCatalogChangesRebuildsTheAssistantIndexOnceInTheBackground() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            for index in 0..<5 {
                let product: [String: Any] = [
                    "id": "P\(index)", "title": "Product \(index)",
                    "variants": [["id": "P\(index)-A", "title": "Default", "price": 1_000 + index, "available": true]],
                ]
                #expect(try await app.event("catalog.upserted", ["products": [product]]).status == .ok)
            }
            #expect(try await app.jobs(CatalogService.reindexKind) == 1)
            #expect(await app.dependencies.assistants.cachedVersion(for: Commerce.store) == nil)
            try await app.advanceAndRun(CatalogService.reindexDelay + 0.5)
            #expect(try await app.jobs(CatalogService.reindexKind, state: .done) == 1)
            let version = try await AssistantDirectory.catalogVersion(store: Commerce.store, database: app.dependencies.database.sql)
            #expect(version.hasPrefix("5:"))
            #expect(await app.dependencies.assistants.cachedVersion(for: Commerce.store) == version)
        }
    }
}
