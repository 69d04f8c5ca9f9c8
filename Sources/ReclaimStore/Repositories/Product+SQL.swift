import Foundation
import ReclaimCore
import SQLKit

extension Product {
    /// The table rows live in.
    static let sqlTable = "products"

    /// Every column, in table order.
    static let sqlColumns = [
        "store_id", "product_id", "source", "title", "description", "url", "tags", "options", "variants", "currency",
        "created_at", "updated_at",
    ]

    /// Reads a product from a row holding ``sqlColumns``: options in name order (the column holds
    /// name → values); `category` and `price` are not stored and read back `nil`.
    init(sqlRow row: any SQLRow) throws {
        let options: [String: [String]] = try row.json("options")
        let variants: [StoredVariant] = try row.json("variants")
        self.init(
            id: try row.text("product_id"), title: try row.text("title"), description: try row.optionalText("description"),
            url: try row.optionalText("url"), tags: try row.json("tags"),
            options: ProductOption.byName(options),
            variants: variants.map(\.variant), currency: try row.optionalText("currency"))
    }

    /// The values to write for this product, in ``sqlColumns`` order; `createdAt` is kept on update by the caller.
    func sqlValues(storeID: StoreID, source: CommerceSource, at now: Date) throws -> [any Encodable & Sendable] {
        [
            storeID, self.id, source.rawValue, self.title, self.description, self.url, try SQLJSON.encode(self.tags),
            try SQLJSON.encode(Dictionary(self.options.map { ($0.name, $0.values) }, uniquingKeysWith: { first, _ in first })),
            try SQLJSON.encode(self.variants.map(StoredVariant.init)), self.currency, SQLTime.millis(now),
            SQLTime.millis(now),
        ]
    }
}

/// A variant as the `products.variants` JSON column holds it (`options` for its option values).
private struct StoredVariant: Codable {
    var id: String
    var title: String?
    var options: [String: String]
    var price: Int?
    var available: Bool?
    var inventory: Int?

    var variant: ProductVariant {
        ProductVariant(
            id: self.id, title: self.title, optionValues: self.options, price: self.price, available: self.available,
            inventory: self.inventory)
    }
}

extension StoredVariant {
    init(_ variant: ProductVariant) {
        self.init(
            id: variant.id, title: variant.title, options: variant.optionValues, price: variant.price,
            available: variant.available, inventory: variant.inventory)
    }
}
