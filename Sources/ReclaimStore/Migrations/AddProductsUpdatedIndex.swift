import SQLKit

/// Indexes `products (store_id, updated_at)`: the assistant checks the catalog's version
/// (`COUNT(*)`, `MAX(updated_at)`) before every reply, which read the whole table without it
/// (about 9 ms per reply at 10,000 products, under the single SQLite connection).
public struct AddProductsUpdatedIndex: Migration {
    /// `AddProductsUpdatedIndex`.
    public var name: String { "AddProductsUpdatedIndex" }

    /// Creates the migration.
    public init() {}

    /// Creates the index.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(index: "products_store_updated_idx").on("products").column("store_id").column("updated_at").run()
    }
}
