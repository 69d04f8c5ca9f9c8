@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore

@testable import ReclaimServer

/// A store with every commerce secret, a 30 minute idle time, and the helpers the commerce suites share.
enum Commerce {
    static let store = "summit"
    static let apiKey = "rk_test_commerce_key"
    static let shopifySecret = "shpss_test_secret"
    static let wooSecret = "woo-test-secret"
    static let bigCommerceSecret = "bc-test-secret"

    /// The store's configuration, as `reclaim.yml` would give it.
    static func stores(idle: String = "30m") throws -> [StoreConfiguration] {
        try ConfigurationLoader(environment: [:]).parse(
            """
            stores:
              - id: \(store)
                name: Summit Outfitters
                currency: USD
                default_region: US
                website: https://summit.example
                api_keys: ["\(apiKey)"]
                shopify: { secret: "\(shopifySecret)", shop_domain: "summit.myshopify.com" }
                woocommerce: { secret: "\(wooSecret)" }
                bigcommerce: { secret: "\(bigCommerceSecret)", store_hash: "abc123" }
                abandonment: { idle: \(idle) }
            """
        ).stores
    }

    /// A sample payload from `Tests/ReclaimCommerceTests/Fixtures/<path>`.
    static func fixture(_ path: String) throws -> Data {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ReclaimCommerceTests/Fixtures")
        return try Data(contentsOf: directory.appendingPathComponent(path))
    }

    /// A fixture with some top-level fields replaced.
    static func fixture(_ path: String, replacing fields: [String: Any]) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: self.fixture(path)) as? [String: Any] ?? [:]
        for (key, value) in fields { object[key] = value }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Base64 HMAC-SHA256, computed here with swift-crypto (independently of the adapters).
    static func hmac(_ body: Data, secret: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))).base64EncodedString()
    }

    /// ISO 8601 of an instant, as the platforms write it.
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// The JSON object of a response body.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }
}

/// Requests to the commerce store's routes.
extension TestApp {
    /// `POST /webhooks/shopify/{store}` signed with the store's secret unless `signature` is given.
    func shopify(
        _ topic: String, _ body: Data, webhookID: String = UUID().uuidString, signature: String? = nil
    ) async throws -> TestResponse {
        let headers: HTTPFields = [
            .contentType: "application/json", HTTPField.Name("X-Shopify-Topic")!: topic,
            HTTPField.Name("X-Shopify-Hmac-Sha256")!: signature ?? Commerce.hmac(body, secret: Commerce.shopifySecret),
            HTTPField.Name("X-Shopify-Webhook-Id")!: webhookID,
        ]
        return try await self.client.execute(
            uri: "/webhooks/shopify/\(Commerce.store)", method: .post, headers: headers, body: ByteBuffer(data: body))
    }

    /// A request to `/api/v1/stores/{store}{path}` with the store's key unless `key` says otherwise.
    func api(
        _ method: HTTPRequest.Method, _ path: String, json: Any? = nil, key: String? = Commerce.apiKey,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let key { headers[.authorization] = "Bearer \(key)" }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]))
        }
        return try await self.client.execute(
            uri: "/api/v1/stores/\(Commerce.store)\(path)", method: method, headers: headers, body: body)
    }

    /// `POST …/events` with a fresh id (or `id`) and `data`.
    func event(
        _ type: String, _ data: [String: Any], id: String = "evt_\(UUID().uuidString)", key: String? = nil
    )
        async throws -> TestResponse
    {
        var headers: HTTPFields = [:]
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return try await self.api(.post, "/events", json: ["type": type, "id": id, "data": data], headers: headers)
    }

    /// The cart the API returns for `id`, or `nil` on 404.
    func cart(_ id: String) async throws -> [String: Any]? {
        let response = try await self.api(.get, "/carts/\(id)")
        return response.status == .ok ? try Commerce.json(response) : nil
    }
}

/// `cart.updated` data for a shopper (CONTRACT.md, generic events).
func cartData(
    _ cartID: String, phone: String? = "+13125550101", email: String? = "ana@shopper.example",
    items: [[String: Any]] = [["product_id": "SW2P", "variant_id": "SW2P-G", "title": "Switchback Tent", "quantity": 1, "price": 29_900]]
) -> [String: Any] {
    var contact: [String: Any] = ["first_name": "Ana"]
    if let phone { contact["phone"] = phone }
    if let email { contact["email"] = email }
    return [
        "cart_id": cartID, "contact": contact, "items": items, "subtotal": 29_900, "currency": "USD",
        "recovery_url": "https://summit.example/cart/\(cartID)", "ip": "203.0.113.7", "user_agent": "Mozilla/5.0",
    ]
}
