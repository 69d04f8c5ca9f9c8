import Foundation
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// Tracked links on the store's own public URL (`/r/{token}`), never a public shortener: minting
/// them for messages and resolving a click into its redirect target with the cart's current discount.
public struct TrackedLinkService: Sendable {
    /// Loaded configuration (stores, base URL).
    let configuration: ReclaimConfiguration
    /// Source of "now".
    let clock: any WallClock
    /// Repositories over the database.
    let repositories: ReclaimRepositories
    /// Signals for the flow engine.
    let flowEvents: FlowEventPublisher

    /// The public URL of a token.
    public func url(token: String) -> String {
        "\(self.configuration.server.baseURL)/r/\(token)"
    }

    /// A new link record (not yet stored: the outbox stores it with its message).
    public func mint(storeID: StoreID, messageID: String?, cartID: String?, target: String, now: Date) -> TrackedLink {
        TrackedLink(token: LinkToken.make(), storeID: storeID, messageID: messageID, cartID: cartID, targetURL: target, createdAt: now)
    }

    /// Where a click on `token` goes, recording it unless it comes from a link previewer.
    /// - Returns: The recovery URL with the cart's active discount code applied; the link's store's home
    ///   page for a cart that no longer needs recovering; `nil` for an unknown token (never another
    ///   store's page: the caller shows a neutral page).
    public func follow(token: String, ip: String?, userAgent: String?) async throws -> String? {
        let repositories = self.repositories
        let now = self.clock.now()
        guard let link = try await repositories.links.resolve(token: token) else { return nil }
        let agentClass = UserAgentClass.of(userAgent)
        if agentClass != .bot {
            let click = Click(
                id: TimeOrderedID.make(at: now), storeID: link.storeID, token: link.token, messageID: link.messageID,
                cartID: link.cartID, ip: nil, userAgent: agentClass.rawValue, clickedAt: now)
            try await repositories.links.recordClick(click)
            try await self.flowEvents.clicked(cartID: link.cartID, storeID: link.storeID, at: now)
        }
        guard let cartID = link.cartID, let cart = try await repositories.carts.get(id: cartID) else { return link.targetURL }
        if cart.status == .recovered { return self.homePage(store: link.storeID) ?? link.targetURL }
        guard let discount = try await repositories.discounts.active(cartID: cartID, at: now), discount.platformID != nil else {
            return link.targetURL
        }
        let store = self.configuration.stores.first { $0.id == link.storeID }
        return Self.applying(code: discount.code, to: link.targetURL, source: cart.source, store: store)
    }

    /// The link that applies `code` on the cart's platform: Shopify's `/discount/CODE?redirect=…` on the shop,
    /// WooCommerce's `coupon=CODE`, and for BigCommerce the cart's own redirect URL (the code was applied to the
    /// cart by API when it was issued). Events carts never hold a code; `discount=CODE` is kept for them.
    static func applying(code: String, to url: String, source: CommerceSource, store: StoreConfiguration?) -> String {
        switch source {
        case .shopify:
            let shop = store?.shopify?.shopDomain.flatMap { $0.isEmpty ? nil : $0 } ?? store?.website
            guard let shop else { return Self.applying(code: code, to: url) }
            return DiscountLink.shopify(storefront: shop, code: code, recoveryURL: url)
        case .woocommerce: return DiscountLink.wooCommerce(recoveryURL: url, code: code)
        case .bigcommerce: return url
        case .events: return Self.applying(code: code, to: url)
        }
    }

    /// `url` with `discount=CODE` added to its query (carts without a platform).
    static func applying(code: String, to url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        var items = (components.queryItems ?? []).filter { $0.name != "discount" }
        items.append(URLQueryItem(name: "discount", value: code))
        components.queryItems = items
        return components.string ?? url
    }

    /// The home page of `store`, if it has one configured.
    func homePage(store: StoreID) -> String? {
        self.configuration.store(store)?.website
    }
}
