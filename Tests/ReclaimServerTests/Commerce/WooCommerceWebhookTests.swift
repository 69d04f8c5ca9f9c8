import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `POST /webhooks/woocommerce/{store}`: the unsigned creation ping, signatures, paid orders.
@Suite struct WooCommerceWebhookTests {
    func post(
        _ app: TestApp, topic: String, body: Data, signature: String?, form: Bool = false
    )
        async throws -> TestResponse
    {
        var headers: HTTPFields = [
            .contentType: form ? "application/x-www-form-urlencoded" : "application/json",
            HTTPField.Name("X-WC-Webhook-Topic")!: topic,
            HTTPField.Name("X-WC-Webhook-Delivery-ID")!: UUID().uuidString,
            HTTPField.Name("X-WC-Webhook-Source")!: "https://summit.example/",
        ]
        if let signature { headers[HTTPField.Name("X-WC-Webhook-Signature")!] = signature }
        return try await app.client.execute(
            uri: "/webhooks/woocommerce/\(Commerce.store)", method: .post, headers: headers, body: ByteBuffer(data: body))
    }

    @Test func theCreationPingIsAnswered200WithoutASignature() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let response = try await self.post(app, topic: "ping", body: Data("webhook_id=17".utf8), signature: nil, form: true)
            #expect(response.status == .ok)
            #expect(try await app.jobs(IngestionService.jobKind) == 0)
        }
    }

    @Test func aBadSignatureIs401AndAPaidOrderIsStoredAsAnOrderNeverACart() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let body = try Commerce.fixture("woocommerce/order_create_response.wp-api-v3-docs.json")
            let forged = try await self.post(
                app, topic: "order.created", body: body, signature: Commerce.hmac(body, secret: "wrong"))
            #expect(forged.status == .unauthorized)

            let signed = try await self.post(
                app, topic: "order.created", body: body, signature: Commerce.hmac(body, secret: Commerce.wooSecret))
            #expect(signed.status == .ok)
            try await app.runJobs()

            let order = try await app.dependencies.repositories.orders.find(
                storeID: Commerce.store, source: .woocommerce, externalID: "727")
            #expect(order?.paid == true)
            #expect(try await app.cart("727") == nil)
        }
    }
}
