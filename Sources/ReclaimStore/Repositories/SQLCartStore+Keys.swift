import Foundation
import ReclaimCore
import SQLKit

extension SQLCartStore {
    /// Remembers further platform keys of a cart (Shopify's `cart_token`), so orders and lookups that name
    /// the cart by one of them find it. A key already held by another cart of the same source moves to
    /// this one (the newest cart wins).
    /// - Parameters:
    ///   - keys: The keys; blank ones and the cart's own external id are skipped.
    ///   - cart: The stored cart.
    ///   - now: When the keys were seen.
    public func addKeys(_ keys: [String], to cart: Cart, at now: Date) async throws {
        let keys = Set(keys.filter { !$0.isEmpty && $0 != cart.externalID }).sorted()
        guard !keys.isEmpty else { return }
        let insert = self.database.insert(into: "cart_keys").columns("store_id", "key", "source", "cart_id", "created_at")
        for key in keys {
            insert.values(cart.storeID, key, cart.source.rawValue, cart.id, SQLTime.millis(now))
        }
        try await insert.onConflict(with: ["store_id", "key", "source"]) { $0.set(excludedValueOf: "cart_id") }.run()
    }

    /// The store's cart that a platform key names: its Reclaim id, its external id on any platform (the most
    /// recently active first), or a key added with ``addKeys(_:to:at:)``.
    /// - Parameters:
    ///   - storeID: The store.
    ///   - key: The key as given (`5f3a…`, a checkout token, a cart token).
    /// - Returns: The cart, or `nil` when no cart of the store answers to the key.
    public func find(storeID: StoreID, key: String) async throws -> Cart? {
        if let cart = try await self.get(id: key), cart.storeID == storeID { return cart }
        if let cart = try await self.selectCarts()
            .where("store_id", .equal, storeID).where("external_id", .equal, key)
            .orderBy("last_activity_at", .descending).orderBy("id", .descending)
            .first().map(Cart.init(sqlRow:))
        {
            return cart
        }
        return try await self.find(storeID: storeID, source: nil, alias: key)
    }

    /// The cart that a key added with ``addKeys(_:to:at:)`` names, optionally only from one source.
    public func find(storeID: StoreID, source: CommerceSource?, alias key: String) async throws -> Cart? {
        let query = self.selectCarts()
            .where(
                "id", .in,
                SQLSubquery.select { sub in
                    sub.column("cart_id").from("cart_keys").where("store_id", .equal, storeID).where("key", .equal, key)
                    if let source { sub.where("source", .equal, source.rawValue) }
                    return sub
                })
        return try await query.orderBy("last_activity_at", .descending).orderBy("id", .descending)
            .first().map(Cart.init(sqlRow:))
    }
}
