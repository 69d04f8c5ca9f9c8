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
        try await withCommerceApp { app async throws in
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

    @Test func shopRedactForAnotherShopChangesNothing() async throws {
        try await withCommerceApp { app async throws in
            _ = try await app.event("cart.updated", cartData("C1"))
            let body = Data(#"{"shop_id": 1, "shop_domain": "someone-else.myshopify.com"}"#.utf8)
            #expect(try await app.shopify("shop/redact", body).status == .ok)
            try await app.runJobs()
            let contact = try #require(try await app.cart("C1"))["contact"] as? [String: Any]
            #expect(contact?["phone"] as? String == "+13125550101")
        }
    }
}
