import Foundation
import ReclaimCore

/// Registers Reclaim's webhooks and reads the catalog through one platform's admin API, for `reclaim connect`.
///
/// One implementation per platform: ``ShopifyConnectClient`` (Admin GraphQL), ``WooCommerceConnectClient``
/// (REST `/wp-json/wc/v3`) and ``BigCommerceConnectClient`` (`/stores/{hash}/v3`). ``WebhookPlan`` decides
/// what to change from what ``subscriptions()`` lists; the caller applies it with ``create(topic:url:)`` and
/// ``correct(_:topic:url:)``.
///
/// ```swift
/// let plan = WebhookPlan(wanted: client.topics, url: callback, existing: try await client.subscriptions())
/// for step in plan.steps where step.action == .create { try await client.create(topic: step.topic, url: callback) }
/// ```
public protocol PlatformConnectClient: Sendable {
    /// The topics (Shopify), topics (WooCommerce) or scopes (BigCommerce) Reclaim's webhook routes handle.
    var topics: [String] { get }

    /// Every webhook subscription the platform lists for these credentials, all pages read.
    /// - Throws: ``PlatformDiscountError`` (a 401 is ``PlatformDiscountError/Kind/permanent`` with status 401).
    func subscriptions() async throws(PlatformDiscountError) -> [WebhookSubscription]

    /// Subscribes `url` to `topic` (active, with Reclaim's secret where the platform takes one).
    func create(topic: String, url: String) async throws(PlatformDiscountError)

    /// Points an existing subscription at `url`, active, with Reclaim's secret.
    func correct(_ subscription: WebhookSubscription, topic: String, url: String) async throws(PlatformDiscountError)

    /// One page of the catalog.
    /// - Parameter cursor: `nil` for the first page, else the previous page's ``CatalogPage/next``.
    func products(after cursor: String?) async throws(PlatformDiscountError) -> CatalogPage
}

/// One webhook subscription as the platform lists it.
public struct WebhookSubscription: Sendable, Hashable {
    /// The platform's id (Shopify gid, WooCommerce webhook id, BigCommerce hook id).
    public var id: String
    /// The topic or scope, in the spelling of ``PlatformConnectClient/topics``.
    public var topic: String
    /// Where deliveries go.
    public var url: String
    /// Whether the platform delivers to it.
    public var active: Bool
    /// Whether it carries Reclaim's secret; `nil` when the platform does not show it (or signs with the app secret).
    public var secretMatches: Bool?

    /// Creates a subscription.
    public init(id: String, topic: String, url: String, active: Bool = true, secretMatches: Bool? = nil) {
        self.id = id
        self.topic = topic
        self.url = url
        self.active = active
        self.secretMatches = secretMatches
    }
}

/// One page of a platform's catalog.
public struct CatalogPage: Sendable, Hashable {
    /// The page's products, normalised.
    public var products: [Product]
    /// The cursor (or page number) of the next page; `nil` on the last.
    public var next: String?

    /// Creates a page.
    public init(products: [Product], next: String?) {
        self.products = products
        self.next = next
    }
}
