import SQLKit

/// Creates `discounts`: issued codes, unique per store by `code`.
public struct CreateDiscountsTable: Migration {
    /// `CreateDiscountsTable`.
    public var name: String { "CreateDiscountsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "discounts")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("cart_id", type: .text, .notNull, .references("carts", "id", onDelete: .cascade))
            .column("code", type: .text, .notNull)
            .column("type", type: .text, .notNull)
            .column("value", type: .bigint, .notNull)
            .column("tier", type: .bigint, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .column("status", type: .text, .notNull)
            .column("platform_id", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "discounts_store_code_key").on("discounts")
            .column("store_id").column("code").unique().run()
        try await database.create(index: "discounts_cart_status_idx").on("discounts")
            .column("cart_id").column("status").run()
    }
}
