import Foundation
import HTTPTypes
import HummingbirdTesting
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// An older delivery never overwrites newer state (issue 16 item 9): it is recorded (deduplicated) and
/// changes nothing, whatever order the platform's retries arrive in.
@Suite struct StaleDeliveryTests {
    static let checkout = "shopify/webhook_checkouts_update.sample.2026-07.json"

    /// The sample checkout as Shopify sends it when changed at `updatedAt`.
    static func checkout(updatedAt: Date, subtotal: String, phone: String, firstName: String, lines: Bool = true) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: Commerce.fixture(Self.checkout)) as? [String: Any] ?? [:]
        object["updated_at"] = Commerce.iso(updatedAt)
        object["created_at"] = Commerce.iso(updatedAt.addingTimeInterval(-3600))
        object["subtotal_price"] = subtotal
        object["sms_marketing_phone"] = phone
        if var customer = object["customer"] as? [String: Any] {
            customer["first_name"] = firstName
            object["customer"] = customer
        }
        if !lines { object["line_items"] = [] }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    @Test func aNewerCheckoutThenAnOlderOneKeepsTheNewer() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            // Given the checkout as changed a minute ago
            let newer = try Self.checkout(
                updatedAt: clock.now().addingTimeInterval(-60), subtotal: "398.00", phone: "+13125550171", firstName: "Ana")
            #expect(try await app.shopify("checkouts/update", newer, webhookID: "wh-new").status == .ok)
            try await app.runJobs()
            let before = try #require(try await app.cart("123123123"))

            // When a delivery of the checkout as it was an hour ago arrives late: no lines, another phone and name
            let older = try Self.checkout(
                updatedAt: clock.now().addingTimeInterval(-3600), subtotal: "10.00", phone: "+13125550172",
                firstName: "Old", lines: false)
            #expect(try await app.shopify("checkouts/update", older, webhookID: "wh-old").status == .ok)
            // (and its retry is deduplicated)
            #expect(
                try Commerce.json(try await app.shopify("checkouts/update", older, webhookID: "wh-old"))["status"]
                    as? String == "duplicate")
            try await app.runJobs()

            // Then the cart keeps the newer items and total, stays open, and the shopper is unchanged
            let after = try #require(try await app.cart("123123123"))
            #expect(after["subtotal"] as? Int == 39_800)
            #expect((after["items"] as? [Any])?.count == (before["items"] as? [Any])?.count)
            #expect((after["items"] as? [Any])?.isEmpty == false)
            #expect(after["status"] as? String == "open")
            #expect(after["last_activity_at"] as? String == before["last_activity_at"] as? String)
            let contact = try #require(after["contact"] as? [String: Any])
            #expect(contact["phone"] as? String == "+13125550171")
            #expect(contact["first_name"] as? String == "Ana")
            #expect(try await app.dependencies.repositories.contacts.find(storeID: Commerce.store, phone: "+13125550172") == nil)
        }
    }

    @Test func anOlderGenericCartEventChangesNothing() async throws {
        let clock = TestClock()
        try await withTestApp(stores: try Commerce.stores(), clock: clock) { app async throws in
            func post(_ id: String, at: Date, _ data: [String: Any]) async throws {
                let event: [String: Any] = ["type": "cart.updated", "id": id, "occurred_at": Commerce.iso(at), "data": data]
                #expect(try await app.api(.post, "/events", json: event).status == .ok)
            }
            var newer = cartData("C9", phone: "+13125550173")
            newer["subtotal"] = 59_800
            newer["items"] = [["product_id": "SW2P", "title": "Switchback Tent", "quantity": 2, "price": 29_900]]
            try await post("evt_new", at: clock.now().addingTimeInterval(-60), newer)
            try await post("evt_old", at: clock.now().addingTimeInterval(-600), cartData("C9", phone: "+13125550174"))

            let cart = try #require(try await app.cart("C9"))
            #expect(cart["subtotal"] as? Int == 59_800)
            #expect((cart["items"] as? [[String: Any]])?.first?["quantity"] as? Int == 2)
            #expect((cart["contact"] as? [String: Any])?["phone"] as? String == "+13125550173")
        }
    }
}
