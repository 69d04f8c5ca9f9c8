import Foundation
import ReclaimCore

/// Registers Reclaim's webhook topics and reads the catalog with Shopify's Admin GraphQL API, for
/// `reclaim connect shopify`.
///
/// Subscriptions: `webhookSubscriptions` (paged with cursors), `webhookSubscriptionCreate` and
/// `webhookSubscriptionUpdate`, with `uri` the callback URL and JSON format; Shopify signs every delivery with
/// the app's secret, so there is no per-subscription secret. The mandatory privacy topics
/// (`customers/data_request`, `customers/redact`, `shop/redact`) cannot be subscribed this way: they are set in
/// the app's configuration (Partner Dashboard or `shopify.app.toml`). Catalog: `products` paged with cursors,
/// 50 products and their first 100 variants a page, normalised as the `products/update` webhook is.
/// Scopes needed: `read_orders`, `read_customers`, `read_products` (checkout topics need `read_orders`).
public struct ShopifyConnectClient: PlatformConnectClient {
    /// The HTTP client.
    public let http: any HTTPFetching
    /// `https://{shop}.myshopify.com`, or a local stand-in in tests.
    public let apiBaseURL: String
    /// The Admin API token (`X-Shopify-Access-Token`).
    public let adminToken: String
    /// The shop's currency, for prices.
    public let currency: String
    /// The storefront, for product URLs.
    public let storefrontURL: String?

    /// The topics Reclaim's Shopify webhook route handles and that an app can subscribe to, as GraphQL enums.
    public static let subscribedTopics: [ShopifyTopic] = [
        .checkoutsCreate, .checkoutsUpdate, .checkoutsDelete, .ordersCreate, .ordersPaid, .customersMarketingConsentUpdate,
        .customersEmailMarketingConsentUpdate, .productsCreate, .productsUpdate,
    ]

    /// Creates a client.
    /// - Parameters:
    ///   - http: The HTTP client.
    ///   - shopDomain: `northwind.myshopify.com`; used when `apiBaseURL` is `nil`.
    ///   - apiBaseURL: Overrides the shop's address (tests).
    ///   - adminToken: The Admin API token.
    ///   - currency: The shop's currency.
    ///   - storefrontURL: The storefront, for product links.
    public init(
        http: any HTTPFetching, shopDomain: String, apiBaseURL: String? = nil, adminToken: String, currency: String,
        storefrontURL: String? = nil
    ) {
        self.http = http
        self.apiBaseURL = PlatformDiscountHTTP.trimmed(apiBaseURL ?? "https://\(shopDomain)")
        self.adminToken = adminToken
        self.currency = currency
        self.storefrontURL = storefrontURL
    }

    /// The GraphQL endpoint.
    public var endpoint: String { "\(self.apiBaseURL)/admin/api/\(ShopifyDiscountClient.apiVersion)/graphql.json" }

    /// `CHECKOUTS_CREATE`, … (see ``subscribedTopics``).
    public var topics: [String] { Self.subscribedTopics.map(\.graphQLName) }

    /// Every page of `webhookSubscriptions`.
    public func subscriptions() async throws(PlatformDiscountError) -> [WebhookSubscription] {
        let query = """
            query webhookSubscriptions($after: String) { webhookSubscriptions(first: 100, after: $after) { \
            nodes { id topic uri } pageInfo { hasNextPage endCursor } } }
            """
        var result: [WebhookSubscription] = []
        var cursor: String?
        repeat {
            let data: SubscriptionsData = try await self.call(query, ["after": cursor.map { .string($0) } ?? .null])
            result += data.webhookSubscriptions.nodes.map { WebhookSubscription(id: $0.id, topic: $0.topic, url: $0.uri ?? "") }
            cursor = data.webhookSubscriptions.pageInfo.hasNextPage ? data.webhookSubscriptions.pageInfo.endCursor : nil
        } while cursor != nil
        return result
    }

    /// `webhookSubscriptionCreate(topic:, webhookSubscription: {uri, format: JSON})`.
    public func create(topic: String, url: String) async throws(PlatformDiscountError) {
        let query = """
            mutation webhookSubscriptionCreate($topic: WebhookSubscriptionTopic!, $webhookSubscription: WebhookSubscriptionInput!) { \
            webhookSubscriptionCreate(topic: $topic, webhookSubscription: $webhookSubscription) { \
            webhookSubscription { id topic uri } userErrors { field message } } }
            """
        let data: MutationData = try await self.call(
            query, ["topic": .string(topic), "webhookSubscription": .object(["uri": .string(url), "format": .string("JSON")])])
        try Self.check(data.webhookSubscriptionCreate, "webhookSubscriptionCreate")
    }

    /// `webhookSubscriptionUpdate(id:, webhookSubscription: {uri, format: JSON})`.
    public func correct(_ subscription: WebhookSubscription, topic: String, url: String) async throws(PlatformDiscountError) {
        let query = """
            mutation webhookSubscriptionUpdate($id: ID!, $webhookSubscription: WebhookSubscriptionInput!) { \
            webhookSubscriptionUpdate(id: $id, webhookSubscription: $webhookSubscription) { \
            webhookSubscription { id topic uri } userErrors { field message } } }
            """
        let data: MutationData = try await self.call(
            query, ["id": .string(subscription.id), "webhookSubscription": .object(["uri": .string(url), "format": .string("JSON")])])
        try Self.check(data.webhookSubscriptionUpdate, "webhookSubscriptionUpdate")
    }

    /// One page of `products`.
    public func products(after cursor: String?) async throws(PlatformDiscountError) -> CatalogPage {
        let query = """
            query products($after: String) { products(first: 50, after: $after) { nodes { legacyResourceId title handle \
            descriptionHtml tags status options { name values } variants(first: 100) { nodes { legacyResourceId title price \
            selectedOptions { name value } inventoryQuantity inventoryPolicy inventoryItem { tracked } } } } \
            pageInfo { hasNextPage endCursor } } }
            """
        let data: ProductsData = try await self.call(query, ["after": cursor.map { .string($0) } ?? .null])
        var products: [Product] = []
        for node in data.products.nodes {
            do {
                products.append(try node.rest.product(currency: self.currency, storefrontURL: self.storefrontURL))
            } catch {
                throw PlatformDiscountError(.permanent, status: 200, message: "product \(node.legacyResourceId): \(error)")
            }
        }
        let info = data.products.pageInfo
        return CatalogPage(products: products, next: info.hasNextPage ? info.endCursor : nil)
    }

    func call<T: Decodable>(_ query: String, _ variables: [String: JSONValue]) async throws(PlatformDiscountError) -> T {
        let request = CommerceHTTPRequest(
            method: "POST", url: self.endpoint,
            headers: ["X-Shopify-Access-Token": self.adminToken, "Content-Type": "application/json", "Accept": "application/json"],
            body: PlatformDiscountHTTP.body(.object(["query": .string(query), "variables": .object(variables)])))
        let response = try await PlatformDiscountHTTP.send(self.http, request)
        let envelope = try? JSONDecoder().decode(ShopifyGraphQLResponse.self, from: response.body)
        guard response.status == 200 else {
            let message = envelope?.errors?.first?.message ?? envelope?.errorText ?? "HTTP \(response.status)"
            throw PlatformDiscountError(PlatformDiscountError.kind(forStatus: response.status), status: response.status, message: message)
        }
        if let errors = envelope?.errors, !errors.isEmpty {
            let throttled = errors.contains { $0.extensions?.code == "THROTTLED" }
            throw PlatformDiscountError(
                throttled ? .retryable : .permanent, status: 200, message: errors.map(\.message).joined(separator: "; "))
        }
        do {
            return try JSONDecoder().decode(DataEnvelope<T>.self, from: response.body).data
        } catch {
            throw PlatformDiscountError(.permanent, status: 200, message: "unexpected GraphQL answer: \(error)")
        }
    }

    static func check(_ payload: MutationPayload?, _ mutation: String) throws(PlatformDiscountError) {
        guard let payload else { throw PlatformDiscountError(.permanent, status: 200, message: "the answer has no data.\(mutation)") }
        if let errors = payload.userErrors, !errors.isEmpty {
            let message = errors.map { error in
                let field = (error.field ?? []).joined(separator: ".")
                return field.isEmpty ? error.message : "\(field): \(error.message)"
            }
            throw PlatformDiscountError(.permanent, status: 200, message: "\(mutation): \(message.joined(separator: "; "))")
        }
    }

    struct DataEnvelope<Payload: Decodable>: Decodable { var data: Payload }

    struct PageInfo: Decodable {
        var hasNextPage: Bool
        var endCursor: String?
    }

    struct SubscriptionsData: Decodable {
        struct Node: Decodable {
            var id: String
            var topic: String
            var uri: String?
        }
        struct Connection: Decodable {
            var nodes: [Node]
            var pageInfo: PageInfo
        }
        var webhookSubscriptions: Connection
    }

    struct MutationPayload: Decodable {
        struct UserError: Decodable {
            var field: [String]?
            var message: String
        }
        var userErrors: [UserError]?
    }

    struct MutationData: Decodable {
        var webhookSubscriptionCreate: MutationPayload?
        var webhookSubscriptionUpdate: MutationPayload?
    }

    struct ProductsData: Decodable {
        struct Connection: Decodable {
            var nodes: [ShopifyGraphQLProduct]
            var pageInfo: PageInfo
        }
        var products: Connection
    }
}
