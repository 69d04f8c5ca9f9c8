import SQLKit

/// Creates `carts`: normalised platform carts, unique per store by `(source, external_id)`.
public struct CreateCartsTable: Migration {
    /// `CreateCartsTable`.
    public var name: String { "CreateCartsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "carts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("external_id", type: .text, .notNull)
            .column("contact_id", type: .text, .references("contacts", "id", onDelete: .setNull))
            .column("items", type: .text, .notNull)  // JSON [LineItem]
            .column("subtotal_minor", type: .bigint, .notNull)
            .column("subtotal_currency", type: .text, .notNull)
            .column("recovery_url", type: .text)
            .column("shipping_address", type: .text)  // JSON PostalAddress
            .column("ip", type: .text)
            .column("user_agent", type: .text)
            .column("status", type: .text, .notNull)
            .column("last_activity_at", type: .bigint, .notNull)
            .column("abandoned_at", type: .bigint)
            .column("recovered_at", type: .bigint)
            .column("recovered_order_id", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "carts_store_source_external_key").on("carts")
            .column("store_id").column("source").column("external_id").unique().run()
        // Abandonment scan: open carts by idle time, across stores.
        try await database.create(index: "carts_status_last_activity_idx").on("carts")
            .column("status").column("last_activity_at").run()
        try await database.create(index: "carts_store_status_last_activity_idx").on("carts")
            .column("store_id").column("status").column("last_activity_at").run()
        try await database.create(index: "carts_contact_idx").on("carts").column("contact_id").run()
    }
}
