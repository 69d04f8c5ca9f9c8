import SQLKit

/// Creates `orders`: placed orders, unique per store by `(source, external_id)`.
public struct CreateOrdersTable: Migration {
    /// `CreateOrdersTable`.
    public var name: String { "CreateOrdersTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "orders")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("external_id", type: .text, .notNull)
            .column("cart_id", type: .text, .references("carts", "id", onDelete: .setNull))
            .column("contact_id", type: .text, .references("contacts", "id", onDelete: .setNull))
            .column("items", type: .text, .notNull)  // JSON [LineItem]
            .column("total_minor", type: .bigint, .notNull)
            .column("total_currency", type: .text, .notNull)
            .column("discount_codes", type: .text, .notNull)  // JSON [String]
            .column("paid", type: .bigint, .notNull)  // 0/1
            .column("placed_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "orders_store_source_external_key").on("orders")
            .column("store_id").column("source").column("external_id").unique().run()
        try await database.create(index: "orders_cart_idx").on("orders").column("cart_id").run()
        try await database.create(index: "orders_contact_idx").on("orders").column("contact_id").run()
    }
}
