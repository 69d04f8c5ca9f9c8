import Foundation
import ReclaimCore

/// Registers Reclaim's webhooks and reads the catalog with the BigCommerce v3 API, for
/// `reclaim connect bigcommerce`.
///
/// Hooks: `GET /stores/{hash}/v3/hooks` (paged by `meta.pagination`), `POST /v3/hooks` and `PUT /v3/hooks/{id}`
/// with `scope`, `destination`, `is_active: true` and `headers: {"X-Reclaim-Secret": secret}`, the header
/// Reclaim's webhook route checks. Catalog: `GET /v3/catalog/products?include=variants` paged by
/// `meta.pagination`. Auth is `X-Auth-Token` (scopes: Information & Settings read, Carts read, Orders read,
/// Products read).
public struct BigCommerceConnectClient: PlatformConnectClient {
    /// The scopes Reclaim's BigCommerce webhook route handles.
    public static let subscribedScopes = [
        "store/cart/created", "store/cart/updated", "store/cart/abandoned", "store/cart/converted", "store/cart/deleted",
        "store/order/created", "store/order/statusUpdated",
    ]
    /// Items asked for per page.
    static let pageSize = 50

    /// The HTTP client.
    public let http: any HTTPFetching
    /// `https://api.bigcommerce.com`, or a local stand-in in tests.
    public let apiBaseURL: String
    /// The store hash.
    public let storeHash: String
    /// The API account token.
    public let accessToken: String
    /// The shared secret every hook sends back in `X-Reclaim-Secret` (the store's `bigcommerce.secret`).
    public let webhookSecret: String
    /// The store currency, for prices.
    public let currency: String
    /// The storefront, for product URLs.
    public let storefrontURL: String?

    /// Creates a client.
    public init(
        http: any HTTPFetching, apiBaseURL: String = BigCommerceAPI.defaultBaseURL, storeHash: String, accessToken: String,
        webhookSecret: String, currency: String, storefrontURL: String? = nil
    ) {
        self.http = http
        self.apiBaseURL = PlatformDiscountHTTP.trimmed(apiBaseURL)
        self.storeHash = storeHash
        self.accessToken = accessToken
        self.webhookSecret = webhookSecret
        self.currency = currency
        self.storefrontURL = storefrontURL
    }

    /// ``subscribedScopes``.
    public var topics: [String] { Self.subscribedScopes }

    /// Every page of `GET /v3/hooks`.
    public func subscriptions() async throws(PlatformDiscountError) -> [WebhookSubscription] {
        let header = BigCommerceWebhookVerifier.defaultHeaderName
        var result: [WebhookSubscription] = []
        var page = 1
        while true {
            let (hooks, more): ([Hook], Bool) = try await self.page("/v3/hooks", page: page)
            result += hooks.map { hook in
                WebhookSubscription(
                    id: hook.id.value, topic: hook.scope, url: hook.destination ?? "", active: hook.is_active ?? false,
                    secretMatches: hook.headers.map { $0[header] == self.webhookSecret })
            }
            guard more else { return result }
            page += 1
        }
    }

    /// `POST /v3/hooks`.
    public func create(topic: String, url: String) async throws(PlatformDiscountError) {
        let response = try await self.send("POST", "/v3/hooks", self.hookBody(scope: topic, url: url))
        guard response.status == 200 || response.status == 201 else { throw BigCommerceDiscountClient.error(response) }
    }

    /// `PUT /v3/hooks/{id}`.
    public func correct(_ subscription: WebhookSubscription, topic: String, url: String) async throws(PlatformDiscountError) {
        let path = "/v3/hooks/\(PlatformDiscountHTTP.segment(subscription.id))"
        let response = try await self.send("PUT", path, self.hookBody(scope: topic, url: url))
        guard response.status == 200 else { throw BigCommerceDiscountClient.error(response) }
    }

    /// One page of `GET /v3/catalog/products?include=variants`; the cursor is the page number.
    public func products(after cursor: String?) async throws(PlatformDiscountError) -> CatalogPage {
        let page = cursor.flatMap(Int.init) ?? 1
        let (products, more): ([BigCommerceProduct], Bool) = try await self.page(
            "/v3/catalog/products", page: page, query: "include=variants&")
        var result: [Product] = []
        for product in products {
            do { result.append(try product.product(currency: self.currency, storefrontURL: self.storefrontURL)) } catch {
                throw PlatformDiscountError(.permanent, status: 200, message: "product \(product.id.value): \(error)")
            }
        }
        return CatalogPage(products: result, next: more ? String(page + 1) : nil)
    }

    func hookBody(scope: String, url: String) -> JSONValue {
        .object([
            "scope": .string(scope), "destination": .string(url), "is_active": .bool(true),
            "headers": .object([BigCommerceWebhookVerifier.defaultHeaderName: .string(self.webhookSecret)]),
        ])
    }

    /// One page of a `{"data": [...], "meta": {"pagination": {...}}}` list and whether another follows.
    func page<T: Decodable>(_ path: String, page: Int, query: String = "") async throws(PlatformDiscountError) -> ([T], Bool) {
        let response = try await self.send("GET", "\(path)?\(query)page=\(page)&limit=\(Self.pageSize)", nil)
        guard response.status == 200 else { throw BigCommerceDiscountClient.error(response) }
        guard let envelope = try? JSONDecoder().decode(ListEnvelope<T>.self, from: response.body) else {
            throw PlatformDiscountError(.permanent, status: 200, message: "\(path) did not answer with a data list")
        }
        if let total = envelope.meta?.pagination?.total_pages { return (envelope.data, page < total) }
        return (envelope.data, envelope.data.count >= Self.pageSize)
    }

    func send(_ method: String, _ path: String, _ body: JSONValue?) async throws(PlatformDiscountError) -> CommerceHTTPResponse {
        let request = CommerceHTTPRequest(
            method: method, url: "\(self.apiBaseURL)/stores/\(BigCommerceAPI.escape(self.storeHash))\(path)",
            headers: BigCommerceAPI.headers(accessToken: self.accessToken), body: body.map(PlatformDiscountHTTP.body))
        return try await PlatformDiscountHTTP.send(self.http, request)
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    struct Pagination: Decodable { var total_pages: Int? }
    struct Meta: Decodable { var pagination: Pagination? }
    struct ListEnvelope<T: Decodable>: Decodable {
        var data: [T]
        var meta: Meta?
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    struct Hook: Decodable {
        var id: FlexibleID
        var scope: String
        var destination: String?
        var is_active: Bool?
        var headers: [String: String]?
    }
}
