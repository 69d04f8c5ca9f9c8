import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// The WooCommerce plugin's checkout events (`integrations/woocommerce`), posted exactly as the plugin's PHP test
/// built and signed them (`Fixtures/woocommerce/plugin_*.json`, written by `payloads-test.php --write-fixtures`),
/// to the real `POST /webhooks/woocommerce/{store}` route.
@Suite struct WooCommercePluginRouteTests {
    /// A request the plugin built: topic, delivery id, signature and the raw body.
    struct PluginRequest: Decodable {
        var topic: String
        var deliveryID: String
        var signature: String
        var body: String

        enum CodingKeys: String, CodingKey {
            case topic, signature, body
            case deliveryID = "delivery_id"
        }
    }

    func plugin(_ name: String) throws -> PluginRequest {
        try JSONDecoder().decode(PluginRequest.self, from: try Commerce.fixture("woocommerce/\(name)"))
    }

    func post(_ app: TestApp, _ request: PluginRequest, body: String? = nil) async throws -> TestResponse {
        let headers: HTTPFields = [
            .contentType: "application/json", HTTPField.Name("X-WC-Webhook-Topic")!: request.topic,
            HTTPField.Name("X-WC-Webhook-Delivery-ID")!: request.deliveryID,
            HTTPField.Name("X-WC-Webhook-Signature")!: request.signature,
        ]
        return try await app.client.execute(
            uri: "/webhooks/woocommerce/\(Commerce.store)", method: .post, headers: headers,
            body: ByteBuffer(string: body ?? request.body))
    }

    @Test func theConsentTickedAtCheckoutIsRecordedBeforeAnyOrder() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let request = try self.plugin("plugin_consent_granted.json")
            let response = try await self.post(app, request)
            #expect(response.status == .ok)
            #expect(try Commerce.json(response)["status"] as? String == "accepted")
            try await app.runJobs()
            let records = try await app.repositories.consent.history(storeID: Commerce.store, channel: .sms, address: "+13125550142")
            let record = try #require(records.first)
            #expect(records.count == 1)
            #expect(record.kind == .expressWritten)
            #expect(record.source == .checkoutCheckbox)
            #expect(record.disclosureText?.hasPrefix("Text me recurring automated marketing messages") == true)
            #expect(record.ip == "203.0.113.9")
            #expect(record.pageURL == "https://summit.example/checkout/")
            #expect(record.occurredAt == ISO8601DateFormatter().date(from: "2026-12-07T18:30:00Z"))

            // The plugin sends the same event again: one delivery, one record.
            #expect(try Commerce.json(try await self.post(app, request))["status"] as? String == "duplicate")
        }
    }

    @Test func theCheckoutCartIsAWooCommerceCart() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            #expect(try await self.post(app, try self.plugin("plugin_checkout_started.json")).status == .ok)
            try await app.runJobs()
            let cart = try #require(
                try await app.repositories.carts.find(storeID: Commerce.store, source: .woocommerce, externalID: "wc-session-42"))
            #expect(cart.subtotal.minor == 32_400)
            #expect(cart.items.count == 2)
            #expect(cart.items.first?.unitPrice == 29_900)
        }
    }

    @Test func aTamperedBodyIs401AndInvalidDataIs400NamingTheField() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let request = try self.plugin("plugin_consent_granted.json")
            let tampered = request.body.replacingOccurrences(of: "(312) 555-0142", with: "(312) 555-0199")
            #expect(try await self.post(app, request, body: tampered).status == .unauthorized)

            var unreadable = request
            unreadable.body = request.body.replacingOccurrences(of: "\"channel\":\"sms\"", with: "\"channel\":\"fax\"")
            unreadable.signature = Commerce.hmac(Data(unreadable.body.utf8), secret: Commerce.wooSecret)
            let refused = try await self.post(app, unreadable)
            #expect(refused.status == .badRequest)
            #expect((try Commerce.json(refused)["error"] as? [String: String])?["message"]?.hasPrefix("data.channel") == true)
            #expect(try await app.jobs(IngestionService.jobKind) == 0)
        }
    }
}
