import Foundation
import Testing

@testable import ReclaimCommerce

@Suite struct BigCommerceWebhookTests {
    func webhook(_ name: String) throws -> BigCommerceWebhook {
        try BigCommerceWebhook.parse(body: Fixture.data("bigcommerce/webhook_store_\(name).docs-data.json"))
    }

    @Test func abandonedEnvelopeCarriesCartIDAndToken() throws {
        let hook = try self.webhook("cart_abandoned")
        #expect(hook.scope == "store/cart/abandoned")
        #expect(hook.storeID == "1025646")
        #expect(hook.resourceType == "cart")
        #expect(hook.resourceID == "09346904-4175-44fd-be53-f7e598531b6c")
        #expect(hook.cartID == "09346904-4175-44fd-be53-f7e598531b6c")
        #expect(hook.abandonedCartToken == "1eed6d2d979776ff18e695ceeb10ea61")
        #expect(hook.hash == "352e4afc6dd3fc85ea26bfdf3f91852604d57528")
        #expect(hook.createdAt == Date(timeIntervalSince1970: 1_561_482_670))
        #expect(hook.producer == "stores/{store_hash}")
        #expect(hook.storeHash == "{store_hash}")
    }

    @Test(arguments: ["cart_created", "cart_updated"])
    func createdAndUpdatedShareTheCartID(name: String) throws {
        let hook = try self.webhook(name)
        #expect(hook.resourceID == "09346904-4175-44fd-be53-f7e598531b6c")
        #expect(hook.abandonedCartToken == nil)
        // The docs reuse one hash for created, updated and abandoned: dedupe on (scope, hash), not hash alone.
        #expect(hook.hash == "352e4afc6dd3fc85ea26bfdf3f91852604d57528")
    }

    @Test func convertedEnvelopeNamesTheOrder() throws {
        let hook = try self.webhook("cart_converted")
        #expect(hook.resourceID == "d30016e2-23c0-4a90-884f-2e92ac135476")
        #expect(hook.orderID == "252")
    }

    @Test func orderEnvelopesUseNumericIDsAsText() throws {
        #expect(try self.webhook("order_created").resourceID == "250")
        let updated = try self.webhook("order_statusUpdated")
        #expect(updated.resourceID == "250")
        #expect(updated.cartID == nil)
        #expect(updated.previousStatusID == 0)
        #expect(updated.newStatusID == 11)
    }

    @Test(arguments: ["cart_created", "cart_updated", "cart_abandoned"])
    func cartScopesPlanCartAndCheckoutFetches(name: String) throws {
        let step = try BigCommerceFetchPlan.nextStep(for: self.webhook(name), storeHash: "abc123")
        guard case .fetch(let plan) = step else {
            Issue.record("expected a fetch plan, got \(step)")
            return
        }
        #expect(plan.target == .cart(id: "09346904-4175-44fd-be53-f7e598531b6c"))
        #expect(plan.storeHash == "abc123")
        #expect(plan.requests.map(\.purpose) == [.cart, .checkout])
        #expect(
            plan.requests[0].path
                == "/stores/abc123/v3/carts/09346904-4175-44fd-be53-f7e598531b6c?include=redirect_urls,line_items.physical_items.options,line_items.digital_items.options"
        )
        #expect(plan.requests[1].path == "/stores/abc123/v3/checkouts/09346904-4175-44fd-be53-f7e598531b6c")
        #expect(plan.requests.allSatisfy { $0.method == "GET" })
    }

    @Test func convertedScopePlansTheOrderWithTheCartHint() throws {
        let step = try BigCommerceFetchPlan.nextStep(for: self.webhook("cart_converted"), storeHash: "abc123")
        guard case .fetch(let plan) = step else { throw CommerceError.malformedPayload("") }
        #expect(plan.target == .order(id: "252", cartID: "d30016e2-23c0-4a90-884f-2e92ac135476"))
        #expect(
            plan.requests.map(\.path) == [
                "/stores/abc123/v2/orders/252", "/stores/abc123/v2/orders/252/products", "/stores/abc123/v2/orders/252/coupons",
            ])
    }

    @Test(arguments: ["order_created", "order_statusUpdated"])
    func orderScopesPlanTheOrder(name: String) throws {
        guard case .fetch(let plan) = try BigCommerceFetchPlan.nextStep(for: self.webhook(name), storeHash: "abc123")
        else { throw CommerceError.malformedPayload("") }
        #expect(plan.target == .order(id: "250", cartID: nil))
    }

    @Test func deletedCartNeedsNoFetch() throws {
        let hook = try BigCommerceWebhook.parse(
            body: Data(#"{"scope":"store/cart/deleted","store_id":"1","data":{"type":"cart","id":"c-1"},"producer":"stores/abc"}"#.utf8))
        #expect(try BigCommerceFetchPlan.nextStep(for: hook) == .event(.cartDeleted(externalID: "c-1")))
    }

    @Test func unknownScopeIsATypedError() throws {
        let hook = try BigCommerceWebhook.parse(
            body: Data(#"{"scope":"store/product/updated","data":{"type":"product","id":7},"producer":"stores/abc"}"#.utf8))
        #expect(throws: CommerceError.unknownTopic("store/product/updated")) {
            try BigCommerceFetchPlan.nextStep(for: hook)
        }
    }

    @Test func envelopeWithoutDataIDNamesTheField() {
        #expect(throws: CommerceError.missingField("data.id")) {
            try BigCommerceWebhook.parse(body: Data(#"{"scope":"store/cart/created","data":{"type":"cart"}}"#.utf8))
        }
        #expect(throws: CommerceError.missingField("scope")) {
            try BigCommerceWebhook.parse(body: Data(#"{"data":{"id":"x"}}"#.utf8))
        }
    }
}
