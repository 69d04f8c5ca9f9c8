import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ReclaimServer

/// `/openapi.json` documents the commerce routes and the generic event's request schema.
@Suite struct CommerceOpenAPITests {
    @Test func theCommerceRoutesAndSchemasAreDescribed() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let document = try Commerce.json(try await app.client.execute(uri: "/openapi.json", method: .get))
            let paths = try #require(document["paths"] as? [String: Any])
            for path in [
                "/webhooks/shopify/{store}", "/webhooks/woocommerce/{store}", "/webhooks/bigcommerce/{store}",
                "/api/v1/stores/{store}/events", "/api/v1/stores/{store}/carts/{id}", "/api/v1/stores/{store}/stats",
            ] {
                #expect(paths[path] != nil, "\(path) is documented")
            }
            let events = (paths["/api/v1/stores/{store}/events"] as? [String: Any])?["post"] as? [String: Any]
            #expect(events?["requestBody"] != nil)
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
            for name in ["GenericEvent", "EventReceipt", "Cart", "Stats", "WebhookReceipt", "EventItem", "EventContact"] {
                #expect(schemas?[name] != nil, "schema \(name)")
            }
        }
    }
}
