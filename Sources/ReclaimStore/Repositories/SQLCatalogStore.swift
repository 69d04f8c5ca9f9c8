import Foundation
import ReclaimCore
import SQLKit

/// The store's catalog in SQL (`products`), unique per store by product id.
///
/// ```swift
/// try await SQLCatalogStore(database: db).upsert(products, storeID: "northwind", source: .events, at: now)
/// let jacket = try await SQLCatalogStore(database: db).get(storeID: "northwind", productID: "SW2P")
/// ```
public struct SQLCatalogStore: Sendable {
    /// The database the catalog lives in.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts the store's products, or replaces every field of the stored ones with the same id (their
    /// first-stored time stays), in one statement per 500 products.
    /// - Parameters:
    ///   - products: The products as the platform describes them now.
    ///   - storeID: The owning store.
    ///   - source: Where they came from.
    ///   - now: The time of the change (`updated_at`, and `created_at` of new products).
    public func upsert(_ products: [Product], storeID: StoreID, source: CommerceSource, at now: Date) async throws {
        var start = 0
        while start < products.count {
            let chunk = products[start..<min(start + 500, products.count)]
            let insert = self.database.insert(into: Product.sqlTable).columns(Product.sqlColumns)
            for product in chunk {
                insert.values(try product.sqlValues(storeID: storeID, source: source, at: now))
            }
            try await insert.onConflict(with: ["store_id", "product_id"]) { update in
                update.set(excludedValuesOf: Product.sqlColumns.filter { !["store_id", "product_id", "created_at"].contains($0) })
            }.run()
            start += 500
        }
    }

    /// The store's product with this id, if any.
    public func get(storeID: StoreID, productID: String) async throws -> Product? {
        try await self.select().where("store_id", .equal, storeID).where("product_id", .equal, productID)
            .first().map(Product.init(sqlRow:))
    }

    /// The store's products by title.
    public func list(storeID: StoreID, limit: Int = 500, offset: Int = 0) async throws -> [Product] {
        try await self.select().where("store_id", .equal, storeID).orderBy("title").orderBy("product_id")
            .limit(limit).offset(offset).all().map(Product.init(sqlRow:))
    }

    private func select() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Product.sqlColumns)).from(Product.sqlTable)
    }
}
