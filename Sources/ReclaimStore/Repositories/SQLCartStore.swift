import Foundation
import ReclaimCore
import SQLKit

/// Carts in SQL, unique per store by `(source, externalID)`.
public struct SQLCartStore: Sendable {
    /// The database the carts live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts `cart`, or updates the stored cart with the same `(storeID, source, externalID)`, in one statement.
    ///
    /// On update, lines, subtotal, last activity and `updatedAt` take the new values; contact, recovery URL,
    /// shipping address, IP and user agent take the new value when it is non-nil. The stored `id`, `status`,
    /// abandonment and recovery fields and `createdAt` are kept: status changes go through
    /// ``updateStatus(id:to:from:at:recoveredOrderID:)``. An event older than the stored
    /// `lastActivityAt` (a late webhook redelivery) changes nothing.
    /// - Returns: The cart as stored after the call.
    public func upsert(_ cart: Cart) async throws -> Cart {
        let table = Cart.sqlTable
        let written = try await self.database.insert(into: table).record(try cart.sqlRecord())
            .onConflict(with: ["store_id", "source", "external_id"]) { update in
                update.set(excludedValuesOf: ["items", "subtotal_minor", "subtotal_currency", "last_activity_at", "updated_at"])
                for column in ["contact_id", "recovery_url", "shipping_address", "ip", "user_agent"] {
                    update.set(column, to: coalesceExcluded(column, table: table))
                }
                return update.where(
                    SQLExcludedColumn("last_activity_at"), .greaterThanOrEqual, SQLColumn("last_activity_at", table: table)
                )
            }
            .returning(sqlColumns(Cart.sqlColumns))
            .first().map(Cart.init(sqlRow:))
        if let written { return written }
        // The conflict update's WHERE refused a stale event: report what is stored.
        guard let stored = try await self.find(storeID: cart.storeID, source: cart.source, externalID: cart.externalID) else {
            throw RepositoryError.vanished(table: table, key: cart.externalID)
        }
        return stored
    }

    /// The cart with `id`, if any.
    public func get(id: String) async throws -> Cart? {
        try await self.selectCarts().where("id", .equal, id).first().map(Cart.init(sqlRow:))
    }

    /// The carts with these ids, by id (unknown ids are absent): one query for a batch of due steps.
    public func get(ids: [String]) async throws -> [String: Cart] {
        guard !ids.isEmpty else { return [:] }
        let carts = try await self.selectCarts().where("id", .in, Array(Set(ids))).all().map(Cart.init(sqlRow:))
        return Dictionary(carts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The store's cart with this platform identifier, if any.
    public func find(storeID: StoreID, source: CommerceSource, externalID: String) async throws -> Cart? {
        try await self.selectCarts()
            .where("store_id", .equal, storeID).where("source", .equal, source.rawValue)
            .where("external_id", .equal, externalID)
            .first().map(Cart.init(sqlRow:))
    }

    /// The store's carts, most recently active first.
    /// - Parameters:
    ///   - status: Only carts in this status; all when `nil`.
    ///   - limit: At most this many.
    ///   - offset: Skip this many first.
    public func list(storeID: StoreID, status: CartStatus? = nil, limit: Int = 100, offset: Int = 0) async throws -> [Cart] {
        let query = self.selectCarts().where("store_id", .equal, storeID)
        if let status { query.where("status", .equal, status.rawValue) }
        return try await query.orderBy("last_activity_at", .descending).orderBy("id", .descending)
            .limit(limit).offset(offset).all().map(Cart.init(sqlRow:))
    }

    /// The contact's carts, oldest first.
    public func list(contactID: String) async throws -> [Cart] {
        try await self.selectCarts().where("contact_id", .equal, contactID)
            .orderBy("created_at").orderBy("id").all().map(Cart.init(sqlRow:))
    }

    /// Open carts, across stores, whose last activity is at or before `before`, longest idle first.
    ///
    /// The scheduler decides which of them are abandoned (contact, items, store settings) and marks them with
    /// ``updateStatus(id:to:from:at:recoveredOrderID:)`` `from: [.open]`, so two schedulers never both win.
    public func abandonmentCandidates(before: Date, limit: Int) async throws -> [Cart] {
        try await self.selectCarts()
            .where("status", .equal, CartStatus.open.rawValue)
            .where("last_activity_at", .lessThanOrEqual, SQLTime.millis(before))
            .orderBy("last_activity_at").orderBy("id")
            .limit(limit).all().map(Cart.init(sqlRow:))
    }
}
