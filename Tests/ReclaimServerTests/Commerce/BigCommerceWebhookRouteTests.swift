import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import Testing

@testable import ReclaimServer

/// `POST /webhooks/bigcommerce/{store}`: the shared-secret header, envelope validation, dedupe.
@Suite struct BigCommerceWebhookRouteTests {
    func post(_ app: TestApp, _ body: Data, secret: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let secret { headers[HTTPField.Name("X-Reclaim-Secret")!] = secret }
        return try await app.client.execute(
            uri: "/webhooks/bigcommerce/\(Commerce.store)", method: .post, headers: headers, body: ByteBuffer(data: body))
    }

    @Test func theSharedSecretIsRequiredAndARefiredEventIsADuplicate() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let body = try Commerce.fixture("bigcommerce/webhook_store_cart_updated.docs-data.json")
            #expect(try await self.post(app, body, secret: nil).status == .unauthorized)
            #expect(try await self.post(app, body, secret: "wrong").status == .unauthorized)
            #expect(try await app.jobs(IngestionService.jobKind) == 0)

            let first = try await self.post(app, body, secret: Commerce.bigCommerceSecret)
            #expect(first.status == .ok)
            #expect(try Commerce.json(first)["status"] as? String == "accepted")
            let again = try await self.post(app, body, secret: Commerce.bigCommerceSecret)
            #expect(try Commerce.json(again)["status"] as? String == "duplicate")
            #expect(try await app.jobs(IngestionService.jobKind) == 1)
        }
    }

    @Test func anEnvelopeWithoutDataIdIs400AndUnknownScopesAreIgnored() async throws {
        try await withTestApp(stores: try Commerce.stores()) { app async throws in
            let missing = Data(#"{"scope": "store/cart/updated", "data": {"type": "cart"}}"#.utf8)
            #expect(try await self.post(app, missing, secret: Commerce.bigCommerceSecret).status == .badRequest)
            let unknown = Data(#"{"scope": "store/product/updated", "data": {"type": "product", "id": 5}}"#.utf8)
            let response = try await self.post(app, unknown, secret: Commerce.bigCommerceSecret)
            #expect(response.status == .ok)
            #expect(try Commerce.json(response)["status"] as? String == "ignored")
        }
    }
}
