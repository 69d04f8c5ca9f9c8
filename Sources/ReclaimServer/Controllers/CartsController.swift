import Foundation
import Hummingbird
import ReclaimCore
import ReclaimStore

/// `GET /api/v1/stores/{store}/carts/{id}`: one cart with its shopper, journey and messages.
///
/// `{id}` is Reclaim's id, or the platform's key for the cart (generic `cart_id`, Shopify checkout
/// `token` or `cart_token`, WooCommerce order id, BigCommerce cart id), optionally prefixed with the
/// platform (`shopify:<token>`). Unknown → 404.
struct CartsController: Sendable {
    /// Repositories over the database.
    let repositories: ReclaimRepositories

    /// The routes, relative to `/api/v1/stores/:store`.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).get("carts/:id", use: self.show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> CartResponse {
        let storeID = try context.parameters.require("store")
        let key = try context.parameters.require("id")
        let repositories = self.repositories
        guard let cart = try await Self.find(key, storeID: storeID, repositories) else {
            throw APIError.notFound("cart \(key)")
        }
        var contact: Contact?
        if let contactID = cart.contactID { contact = try await repositories.contacts.find(id: contactID) }
        let journey = try await repositories.journeys.find(cartID: cart.id)
        let messages = try await repositories.messages.list(cartID: cart.id)
        var order: Order?
        if let orderID = cart.recoveredOrderID { order = try await repositories.orders.get(id: orderID) }
        return CartResponse(cart: cart, contact: contact, journey: journey, messages: messages, order: order)
    }

    /// The cart a key names: as given, then without a `platform:` prefix.
    static func find(_ key: String, storeID: StoreID, _ repositories: ReclaimRepositories) async throws -> Cart? {
        if let cart = try await repositories.carts.find(storeID: storeID, key: key) { return cart }
        guard let colon = key.firstIndex(of: ":"), let source = CommerceSource(rawValue: String(key[..<colon])) else {
            return nil
        }
        let rest = String(key[key.index(after: colon)...])
        if let cart = try await repositories.carts.find(storeID: storeID, source: source, externalID: rest) { return cart }
        return try await repositories.carts.find(storeID: storeID, source: source, alias: rest)
    }
}
