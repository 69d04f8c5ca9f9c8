@preconcurrency import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NIOFoundationEssentialsCompat
import ReclaimCore
import ReclaimStore
import SQLKit

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

/// The application under test, plus direct access to its database and job handlers.
struct CommerceHarness: Sendable {
    let client: any TestClientProtocol
    let dependencies: AppDependencies
    let clock: TestClock

    /// Runs due jobs through the real handlers until none is due (or for `rounds` claims). With `batched`
    /// false, kinds with a batch handler run one job at a time instead.
    @discardableResult
    func runJobs(batched: Bool = true, rounds: Int = 20) async throws -> Int {
        var logger = Logger(label: "worker")
        logger.logLevel = .critical
        let registry = buildJobRegistry(self.dependencies)
        let worker = JobWorkerService(
            queue: self.dependencies.queue, registry: batched ? registry : registry.singleJobOnly(), clock: self.clock,
            settings: .init(batchSize: 50, concurrency: 1, lease: 60, pollInterval: 0.01), logger: logger)
        var total = 0
        for _ in 0..<rounds {
            let ran = try await worker.runOnce()
            if ran == 0 { break }
            total += ran
        }
        return total
    }

    /// How many jobs of `kind` are in `state` (any state when `nil`).
    func jobs(_ kind: String, state: JobState? = nil) async throws -> Int {
        let query = self.dependencies.database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("jobs").where("kind", .equal, kind)
        if let state { query.where("state", .equal, state.rawValue) }
        return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
    }

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

/// Runs `body` against the real application on a fresh SQLite file with the commerce store configured.
func withCommerceApp(
    idle: String = "30m", stores: [StoreConfiguration]? = nil, clock: TestClock = TestClock(),
    _ body: @Sendable @escaping (CommerceHarness) async throws -> Void
) async throws {
    let stores = try stores ?? Commerce.stores(idle: idle)
    try await withTemporaryDirectory { directory in
        let url = "sqlite://\(directory.path)/commerce.sqlite"
        let arguments = TestArguments(databaseURL: url, stores: stores, clock: clock)
        let app = try await buildApplication(arguments)
        try await app.test(.router) { client in
            var logger = Logger(label: "commerce-test")
            logger.logLevel = .critical
            let database = try await ReclaimDatabase.open(url: url, logger: logger)
            let dependencies = AppDependencies(
                configuration: arguments.configuration, database: database, clock: clock, logger: logger,
                channels: try ChannelDirectory(configuration: arguments.configuration, clock: clock))
            do {
                try await body(CommerceHarness(client: client, dependencies: dependencies, clock: clock))
            } catch {
                try? await database.shutdown()
                throw error
            }
            try await database.shutdown()
        }
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
