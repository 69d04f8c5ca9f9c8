import SQLKit

/// Creates `cart_keys`: further platform keys of a cart besides its `external_id` (Shopify's `cart_token`),
/// so an order or a lookup that names the cart by another key still finds it.
///
/// Keyed by `(store_id, key, source)`; a key reused by a newer cart (Shopify keeps the `cart_token` across
/// checkouts of one cart) points at the newest one.
public struct CreateCartKeysTable: Migration {
    /// `CreateCartKeysTable`.
    public var name: String { "CreateCartKeysTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its index.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "cart_keys")
            .column("store_id", type: .text, .notNull)
            .column("key", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("cart_id", type: .text, .notNull, .references("carts", "id", onDelete: .cascade))
            .column("created_at", type: .bigint, .notNull)
            .primaryKey("store_id", "key", "source")
            .run()
        try await database.create(index: "cart_keys_cart_idx").on("cart_keys").column("cart_id").run()
    }
}
