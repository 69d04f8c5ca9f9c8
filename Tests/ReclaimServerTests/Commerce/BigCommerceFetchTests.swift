import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import ReclaimTestSupport
import Testing

@testable import ReclaimServer

/// BigCommerce webhooks carry only ids: the ingestion job fetches the cart and its checkout from a
/// local server that answers like the BigCommerce REST API, with the documented example bodies.
@Suite struct BigCommerceFetchTests {
    static let cartID = "09346904-4175-44fd-be53-f7e598531b6c"

    final class Requests: @unchecked Sendable {
        private let lock = NSLock()
        private var tokens: [String] = []
        func record(_ token: String?) { self.lock.withLock { self.tokens.append(token ?? "") } }
        var all: [String] { self.lock.withLock { self.tokens } }
    }

    @Test func anAbandonedCartWebhookIsFetchedOverRESTAndStored() async throws {
        let requests = Requests()
        let cart = try Commerce.fixture("bigcommerce/cart_get_response.docs-example.json")
        let checkout = try Commerce.fixture("bigcommerce/checkout_get_response.docs-example.json")
        let makeRouter: @Sendable () -> Router<BasicRequestContext> = {
            let router = Router()
            router.get("/stores/abc123/v3/carts/:id") { request, _ in
                requests.record(request.headers[HTTPField.Name("X-Auth-Token")!])
                return LocalHTTPServer.raw(.ok, String(decoding: cart, as: UTF8.self))
            }
            router.get("/stores/abc123/v3/checkouts/:id") { request, _ in
                requests.record(request.headers[HTTPField.Name("X-Auth-Token")!])
                return LocalHTTPServer.raw(.ok, String(decoding: checkout, as: UTF8.self))
            }
            return router
        }
        try await LocalHTTPServer.run(makeRouter) { base in
            let stores = try ConfigurationLoader(environment: [:]).parse(
                """
                stores:
                  - id: \(Commerce.store)
                    name: Summit Outfitters
                    currency: USD
                    website: https://summit.example
                    api_keys: ["\(Commerce.apiKey)"]
                    bigcommerce: { secret: "\(Commerce.bigCommerceSecret)", store_hash: abc123, access_token: bc-token, api_base_url: "\(base)" }
                """
            ).stores
            try await withTestApp(stores: stores) { app in
                let body = try Commerce.fixture("bigcommerce/webhook_store_cart_abandoned.docs-data.json")
                let response = try await app.client.execute(
                    uri: "/webhooks/bigcommerce/\(Commerce.store)", method: .post,
                    headers: [.contentType: "application/json", HTTPField.Name("X-Reclaim-Secret")!: Commerce.bigCommerceSecret],
                    body: ByteBuffer(data: body))
                #expect(response.status == .ok)
                try await app.runJobs()
                // The cart as the API describes it (the docs' example carries its own id).
                let fetched = try JSONSerialization.jsonObject(with: cart) as? [String: Any]
                let fetchedID = try #require((fetched?["data"] as? [String: Any])?["id"] as? String)
                let stored = try #require(try await app.cart("bigcommerce:\(fetchedID)"))
                #expect((stored["items"] as? [[String: Any]])?.isEmpty == false)
                #expect(requests.all.count == 2)
                #expect(requests.all.allSatisfy { $0 == "bc-token" })
            }
        }
    }
}
