import Foundation
import ReclaimCore
import SQLKit

/// The store's catalog in SQL (`products`), unique per store by product id.
///
/// ```swift
/// try await SQLCatalogStore(database: db).upsert(products)
/// let jacket = try await SQLCatalogStore(database: db).get(storeID: "northwind", productID: "SW2P")
/// ```
public struct SQLCatalogStore: Sendable {
    /// The database the catalog lives in.
    public let database: any SQLDatabase

    static let table = "products"
    static let columns = [
        "store_id", "product_id", "source", "title", "description", "url", "tags", "options", "variants", "currency",
        "created_at", "updated_at",
    ]

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// Inserts the products, or replaces every field but `createdAt` of the stored ones with the same id,
    /// in one statement per 500 products.
    public func upsert(_ products: [ProductRecord]) async throws {
        var start = 0
        while start < products.count {
            let chunk = products[start..<min(start + 500, products.count)]
            let insert = self.database.insert(into: Self.table).columns(Self.columns)
            for product in chunk {
                insert.values(try Self.values(product))
            }
            try await insert.onConflict(with: ["store_id", "product_id"]) { update in
                update.set(excludedValuesOf: Self.columns.filter { !["store_id", "product_id", "created_at"].contains($0) })
            }.run()
            start += 500
        }
    }

    /// The store's product with this id, if any.
    public func get(storeID: StoreID, productID: String) async throws -> ProductRecord? {
        try await self.select().where("store_id", .equal, storeID).where("product_id", .equal, productID)
            .first().map(Self.record)
    }

    /// The store's products by title.
    public func list(storeID: StoreID, limit: Int = 500, offset: Int = 0) async throws -> [ProductRecord] {
        try await self.select().where("store_id", .equal, storeID).orderBy("title").orderBy("product_id")
            .limit(limit).offset(offset).all().map(Self.record)
    }

    private func select() -> SQLSelectBuilder {
        self.database.select().columns(sqlColumns(Self.columns)).from(Self.table)
    }

    private static func values(_ product: ProductRecord) throws -> [any Encodable & Sendable] {
        [
            product.storeID, product.productID, product.source.rawValue, product.title, product.description,
            product.url, try SQLJSON.encode(product.tags), try SQLJSON.encode(product.options),
            try SQLJSON.encode(product.variants), product.currency, SQLTime.millis(product.createdAt),
            SQLTime.millis(product.updatedAt),
        ]
    }

    private static func record(_ row: any SQLRow) throws -> ProductRecord {
        ProductRecord(
            storeID: try row.text("store_id"), productID: try row.text("product_id"),
            source: try row.enumeration("source"), title: try row.text("title"),
            description: try row.optionalText("description"), url: try row.optionalText("url"),
            tags: try row.json("tags"), options: try row.json("options"), variants: try row.json("variants"),
            currency: try row.optionalText("currency"), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
