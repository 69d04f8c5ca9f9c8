import Foundation
import Testing

@testable import ReclaimCommerce

/// Answers like the BigCommerce API, from the docs' example bodies, and records what was asked.
final class FakeBigCommerceAPI: HTTPFetching, @unchecked Sendable {
    private let lock = NSLock()
    private var routes: [String: CommerceHTTPResponse]
    private(set) var requests: [CommerceHTTPRequest] = []

    init(routes: [String: CommerceHTTPResponse]) { self.routes = routes }

    func send(_ request: CommerceHTTPRequest) async throws -> CommerceHTTPResponse {
        self.lock.withLock {
            self.requests.append(request)
            let path = request.url.replacingOccurrences(of: "https://bc.test", with: "")
            return self.routes[path] ?? CommerceHTTPResponse(status: 404, body: Data())
        }
    }

    var paths: [String] { self.lock.withLock { self.requests.map { $0.url.replacingOccurrences(of: "https://bc.test", with: "") } } }
}

@Suite struct BigCommerceCartFetcherTests {
    static let cartID = "09346904-4175-44fd-be53-f7e598531b6c"
    static let cartPath =
        "/stores/abc123/v3/carts/\(cartID)?include=redirect_urls,line_items.physical_items.options,line_items.digital_items.options"

    func fetcher(_ api: FakeBigCommerceAPI) -> BigCommerceCartFetcher {
        BigCommerceCartFetcher(http: api, apiBaseURL: "https://bc.test/", storeHash: "abc123", accessToken: "tok")
    }

    @Test func abandonedWebhookResolvesToCartWithCheckoutContact() async throws {
        let api = FakeBigCommerceAPI(routes: [
            Self.cartPath: .init(status: 200, body: try Fixture.data("bigcommerce/cart_get_response.docs-example.json")),
            "/stores/abc123/v3/checkouts/\(Self.cartID)": .init(
                status: 200, body: try Fixture.data("bigcommerce/checkout_get_response.docs-example.json")),
        ])
        let hook = try BigCommerceWebhook.parse(body: Fixture.data("bigcommerce/webhook_store_cart_abandoned.docs-data.json"))
        let event = try await self.fetcher(api).resolve(hook)
        guard case .cartUpdated(let cart) = event else {
            Issue.record("expected cartUpdated, got \(event)")
            return
        }
        #expect(cart.contact.phone == "555-555-5555")
        #expect(api.paths == [Self.cartPath, "/stores/abc123/v3/checkouts/\(Self.cartID)"])
        #expect(api.requests.allSatisfy { $0.headers["X-Auth-Token"] == "tok" && $0.method == "GET" })
    }

    @Test func goneCartIsDeleted() async throws {
        let api = FakeBigCommerceAPI(routes: [:])
        let event = try await self.fetcher(api).cartEvent(id: Self.cartID)
        #expect(event == .cartDeleted(externalID: Self.cartID))
        #expect(api.paths == [Self.cartPath])
    }

    @Test func registeredShopperIsLookedUp() async throws {
        var cart = try Fixture.object("bigcommerce/cart_get_response.docs-example.json")
        var data = cart["data"] as? [String: Any] ?? [:]
        data["customer_id"] = 11
        cart["data"] = data
        let api = FakeBigCommerceAPI(routes: [
            Self.cartPath: .init(status: 200, body: try Fixture.json(cart)),
            "/stores/abc123/v3/customers?id:in=11": .init(
                status: 200, body: try Fixture.data("bigcommerce/customers_get_response.openapi-example.json")),
        ])
        guard case .cartUpdated(let snapshot) = try await self.fetcher(api).cartEvent(id: Self.cartID) else {
            throw CommerceError.malformedPayload("")
        }
        #expect(snapshot.platformCustomerID == "11")
        #expect(snapshot.contact.phone == "555-123-4567")
        #expect(api.paths.last == "/stores/abc123/v3/customers?id:in=11")
    }

    @Test func convertedWebhookResolvesToTheOrder() async throws {
        let api = FakeBigCommerceAPI(routes: [
            "/stores/abc123/v2/orders/252": .init(
                status: 200, body: try Fixture.data("bigcommerce/order_get_response.openapi-example.json"))
        ])
        let hook = try BigCommerceWebhook.parse(body: Fixture.data("bigcommerce/webhook_store_cart_converted.docs-data.json"))
        guard case .orderPlaced(let order) = try await self.fetcher(api).resolve(hook) else {
            throw CommerceError.malformedPayload("")
        }
        #expect(order.externalID == "218")  // the docs' order body, whatever id was asked
        #expect(order.items.isEmpty)  // products answered 404
        #expect(order.discountCodes.isEmpty)  // coupons answered 404
        #expect(
            api.paths == [
                "/stores/abc123/v2/orders/252", "/stores/abc123/v2/orders/252/products", "/stores/abc123/v2/orders/252/coupons",
            ])
    }

    @Test func serverErrorIsReportedWithThePath() async throws {
        let api = FakeBigCommerceAPI(routes: [Self.cartPath: .init(status: 500, body: Data())])
        await #expect(throws: CommerceError.unexpectedStatus(500, path: String(Self.cartPath))) {
            try await self.fetcher(api).cartEvent(id: Self.cartID)
        }
    }

    @Test func missingOrderIsAnError() async throws {
        let api = FakeBigCommerceAPI(routes: [:])
        await #expect(throws: CommerceError.self) { try await self.fetcher(api).orderEvent(id: "9", cartID: nil) }
    }
}
