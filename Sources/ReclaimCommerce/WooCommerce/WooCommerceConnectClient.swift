import Foundation
import ReclaimCore

/// Registers Reclaim's webhooks and reads the catalog with the WooCommerce REST API v3, for
/// `reclaim connect woocommerce`.
///
/// Webhooks: `GET /wp-json/wc/v3/webhooks` (paged, `X-WP-TotalPages`), `POST` to create and `PUT …/{id}` to
/// correct (`topic`, `delivery_url`, `secret`, `status: active`). WooCommerce never shows a webhook's secret, so
/// a webhook with the right URL that is active is kept as it is; a corrected one gets the configured secret.
/// Catalog: `GET /wp-json/wc/v3/products?page=N&per_page=100` until `X-WP-TotalPages` (or a short page).
/// Auth is HTTP Basic with a Read/Write REST key, which WooCommerce accepts only over HTTPS.
public struct WooCommerceConnectClient: PlatformConnectClient {
    /// The order topics Reclaim's WooCommerce webhook route handles.
    public static let subscribedTopics = ["order.created", "order.updated", "order.deleted", "order.restored"]
    /// Items asked for per page.
    static let pageSize = 100

    /// The HTTP client.
    public let http: any HTTPFetching
    /// The store's address (`https://shop.example`), under which `/wp-json/wc/v3` lives.
    public let apiBaseURL: String
    /// REST consumer key (`ck_…`).
    public let consumerKey: String
    /// REST consumer secret (`cs_…`).
    public let consumerSecret: String
    /// The webhook secret WooCommerce signs deliveries with (the store's `woocommerce.secret`).
    public let webhookSecret: String
    /// The store currency, for prices.
    public let currency: String

    /// Creates a client.
    public init(
        http: any HTTPFetching, apiBaseURL: String, consumerKey: String, consumerSecret: String, webhookSecret: String, currency: String
    ) {
        self.http = http
        self.apiBaseURL = PlatformDiscountHTTP.trimmed(apiBaseURL)
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
        self.webhookSecret = webhookSecret
        self.currency = currency
    }

    /// ``subscribedTopics``.
    public var topics: [String] { Self.subscribedTopics }

    /// Every page of `GET /wp-json/wc/v3/webhooks`.
    public func subscriptions() async throws(PlatformDiscountError) -> [WebhookSubscription] {
        var result: [WebhookSubscription] = []
        var page = 1
        while true {
            let (webhooks, more): ([Webhook], Bool) = try await self.page("/wp-json/wc/v3/webhooks", page: page)
            result += webhooks.map {
                WebhookSubscription(id: $0.id.value, topic: $0.topic ?? "", url: $0.delivery_url ?? "", active: $0.status == "active")
            }
            guard more else { return result }
            page += 1
        }
    }

    /// `POST /wp-json/wc/v3/webhooks`.
    public func create(topic: String, url: String) async throws(PlatformDiscountError) {
        let response = try await self.send("POST", "/wp-json/wc/v3/webhooks", self.webhookBody(topic: topic, url: url))
        guard response.status == 201 || response.status == 200 else { throw WooCommerceDiscountClient.error(response) }
    }

    /// `PUT /wp-json/wc/v3/webhooks/{id}`.
    public func correct(_ subscription: WebhookSubscription, topic: String, url: String) async throws(PlatformDiscountError) {
        let path = "/wp-json/wc/v3/webhooks/\(PlatformDiscountHTTP.segment(subscription.id))"
        let response = try await self.send("PUT", path, self.webhookBody(topic: topic, url: url))
        guard response.status == 200 else { throw WooCommerceDiscountClient.error(response) }
    }

    /// One page of `GET /wp-json/wc/v3/products`; the cursor is the page number.
    public func products(after cursor: String?) async throws(PlatformDiscountError) -> CatalogPage {
        let page = cursor.flatMap(Int.init) ?? 1
        let (products, more): ([WooCommerceProduct], Bool) = try await self.page("/wp-json/wc/v3/products", page: page)
        var result: [Product] = []
        for product in products {
            do { result.append(try product.product(currency: self.currency)) } catch {
                throw PlatformDiscountError(.permanent, status: 200, message: "product \(product.id.value): \(error)")
            }
        }
        return CatalogPage(products: result, next: more ? String(page + 1) : nil)
    }

    func webhookBody(topic: String, url: String) -> JSONValue {
        .object([
            "name": .string("Reclaim \(topic)"), "topic": .string(topic), "delivery_url": .string(url),
            "secret": .string(self.webhookSecret), "status": .string("active"),
        ])
    }

    /// One page of a list and whether another follows (`X-WP-TotalPages`, else a full page).
    func page<T: Decodable>(_ path: String, page: Int) async throws(PlatformDiscountError) -> ([T], Bool) {
        let response = try await self.send("GET", "\(path)?page=\(page)&per_page=\(Self.pageSize)", nil)
        guard response.status == 200 else { throw WooCommerceDiscountClient.error(response) }
        guard let items = try? JSONDecoder().decode([T].self, from: response.body) else {
            throw PlatformDiscountError(.permanent, status: 200, message: "\(path) did not answer with a list")
        }
        if let total = response.headers["x-wp-totalpages"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            return (items, page < total)
        }
        return (items, items.count >= Self.pageSize)
    }

    func send(_ method: String, _ path: String, _ body: JSONValue?) async throws(PlatformDiscountError) -> CommerceHTTPResponse {
        let credentials = Data("\(self.consumerKey):\(self.consumerSecret)".utf8).base64EncodedString()
        var headers = ["Authorization": "Basic \(credentials)", "Accept": "application/json"]
        if body != nil { headers["Content-Type"] = "application/json" }
        let request = CommerceHTTPRequest(
            method: method, url: self.apiBaseURL + path, headers: headers, body: body.map(PlatformDiscountHTTP.body))
        return try await PlatformDiscountHTTP.send(self.http, request)
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    struct Webhook: Decodable {
        var id: FlexibleID
        var topic: String?
        var delivery_url: String?
        var status: String?
    }
}
