import Foundation
import ReclaimCore
import SQLKit

/// Orders in SQL, unique per store by `(source, externalID)`.
public struct SQLOrderStore: Sendable {
    /// The database the orders live in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts `order` unless the store already has an order with its `(source, externalID)`.
    ///
    /// A platform redelivering the order webhook therefore changes nothing.
    /// - Returns: ``InsertOutcome/inserted(_:)`` with the new row, or ``InsertOutcome/duplicate(_:)`` with the
    ///   order stored earlier (unchanged, whatever `order` holds).
    public func insert(_ order: Order) async throws -> InsertOutcome<Order> {
        let inserted = try await self.database.insert(into: Order.sqlTable).record(try order.sqlRecord())
            .ignoringConflicts()
            .returning(sqlColumns(Order.sqlColumns))
            .first().map(Order.init(sqlRow:))
        if let inserted { return .inserted(inserted) }
        guard let existing = try await self.find(storeID: order.storeID, source: order.source, externalID: order.externalID)
        else { throw RepositoryError.conflict(table: Order.sqlTable, key: order.id) }
        return .duplicate(existing)
    }

    /// The order with `id`, if any.
    public func get(id: String) async throws -> Order? {
        try await self.selectOrders().where("id", .equal, id).first().map(Order.init(sqlRow:))
    }

    /// The store's order with this platform identifier, if any.
    public func find(storeID: StoreID, source: CommerceSource, externalID: String) async throws -> Order? {
        try await self.selectOrders()
            .where("store_id", .equal, storeID).where("source", .equal, source.rawValue)
            .where("external_id", .equal, externalID)
            .first().map(Order.init(sqlRow:))
    }

    /// Orders matched to the cart, in placement order.
    public func list(cartID: String) async throws -> [Order] {
        try await self.selectOrders().where("cart_id", .equal, cartID)
            .orderBy("placed_at").orderBy("id").all().map(Order.init(sqlRow:))
    }

    /// Orders matched to the contact, in placement order.
    public func list(contactID: String) async throws -> [Order] {
        try await self.selectOrders().where("contact_id", .equal, contactID)
            .orderBy("placed_at").orderBy("id").all().map(Order.init(sqlRow:))
    }

    private func selectOrders() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Order.sqlColumns)).from(Order.sqlTable)
    }
}
