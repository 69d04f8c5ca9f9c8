import Foundation
import ReclaimCore
import SQLKit

/// Issued discount codes in SQL, unique per store by `code` (compared exactly as stored).
public struct SQLDiscountStore: Sendable {
    /// The database the codes live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts `discount` unless the store already has its code.
    /// - Returns: ``InsertOutcome/inserted(_:)``, or ``InsertOutcome/duplicate(_:)`` with the stored discount;
    ///   check its `cartID`: a code generated twice for different carts is a collision to regenerate.
    public func insert(_ discount: Discount) async throws -> InsertOutcome<Discount> {
        let inserted = try await self.database.insert(into: Discount.sqlTable).record(discount.sqlRecord())
            .ignoringConflicts()
            .returning(sqlColumns(Discount.sqlColumns))
            .first().map(Discount.init(sqlRow:))
        if let inserted { return .inserted(inserted) }
        guard let existing = try await self.find(storeID: discount.storeID, code: discount.code) else {
            throw RepositoryError.conflict(table: Discount.sqlTable, key: discount.id)
        }
        return .duplicate(existing)
    }

    /// The store's discount with this code, if any.
    public func find(storeID: StoreID, code: String) async throws -> Discount? {
        try await self.selectDiscounts().where("store_id", .equal, storeID).where("code", .equal, code)
            .first().map(Discount.init(sqlRow:))
    }

    /// The cart's discounts, lowest tier first.
    public func list(cartID: String) async throws -> [Discount] {
        try await self.selectDiscounts().where("cart_id", .equal, cartID)
            .orderBy("tier").orderBy("created_at").orderBy("id").all().map(Discount.init(sqlRow:))
    }

    /// The cart's usable code at `now`: active, not expired, highest tier (then newest).
    public func active(cartID: String, at now: Date) async throws -> Discount? {
        try await self.selectDiscounts()
            .where("cart_id", .equal, cartID)
            .where("status", .equal, DiscountStatus.active.rawValue)
            .where("expires_at", .greaterThan, SQLTime.millis(now))
            .orderBy("tier", .descending).orderBy("created_at", .descending).orderBy("id", .descending)
            .first().map(Discount.init(sqlRow:))
    }

    /// Marks every other active code of the cart superseded, in one statement.
    /// - Parameters:
    ///   - cartID: The cart.
    ///   - keepingID: The discount that replaces them (stays active).
    /// - Returns: How many codes were superseded.
    public func supersede(cartID: String, keepingID: String) async throws -> Int {
        try await self.database.update(Discount.sqlTable)
            .set("status", to: DiscountStatus.superseded.rawValue)
            .where("cart_id", .equal, cartID)
            .where("status", .equal, DiscountStatus.active.rawValue)
            .where("id", .notEqual, keepingID)
            .returning("id").all().count
    }

    /// Records that the shopper used `code` at checkout (whatever its status; the platform accepted it).
    ///
    /// Idempotent: marking an already redeemed code again returns it unchanged.
    /// - Returns: The redeemed discount, or `nil` when the store has no such code.
    public func markRedeemed(storeID: StoreID, code: String) async throws -> Discount? {
        let updated = try await self.database.update(Discount.sqlTable)
            .set("status", to: DiscountStatus.redeemed.rawValue)
            .where("store_id", .equal, storeID).where("code", .equal, code)
            .where("status", .notEqual, DiscountStatus.redeemed.rawValue)
            .returning(sqlColumns(Discount.sqlColumns))
            .first().map(Discount.init(sqlRow:))
        if let updated { return updated }
        return try await self.find(storeID: storeID, code: code)
    }

    /// Marks every active code (of any cart) whose `expiresAt` is at or before `now` expired.
    /// - Returns: How many codes expired.
    public func expire(before now: Date) async throws -> Int {
        try await self.database.update(Discount.sqlTable)
            .set("status", to: DiscountStatus.expired.rawValue)
            .where("status", .equal, DiscountStatus.active.rawValue)
            .where("expires_at", .lessThanOrEqual, SQLTime.millis(now))
            .returning("id").all().count
    }

    private func selectDiscounts() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Discount.sqlColumns)).from(Discount.sqlTable)
    }
}
