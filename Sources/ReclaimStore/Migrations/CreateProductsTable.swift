import SQLKit

/// Creates `products`: the store's catalog as the platforms and `catalog.upserted` describe it, for the
/// assistant to answer from. Unique per store by `product_id`; options, tags and variants are JSON.
public struct CreateProductsTable: Migration {
    /// `CreateProductsTable`.
    public var name: String { "CreateProductsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "products")
            .column("store_id", type: .text, .notNull)
            .column("product_id", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            .column("description", type: .text)
            .column("url", type: .text)
            .column("tags", type: .text, .notNull)  // JSON [String]
            .column("options", type: .text, .notNull)  // JSON {name: [values]}
            .column("variants", type: .text, .notNull)  // JSON [ProductVariantRecord]
            .column("currency", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .primaryKey("store_id", "product_id")
            .run()
    }
}
