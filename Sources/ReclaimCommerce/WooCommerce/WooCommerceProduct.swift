// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// A product of `GET /wp-json/wc/v3/products` (variations are listed by id only; the product's own price,
/// stock and attributes describe it).
struct WooCommerceProduct: Decodable {
    struct Named: Decodable { var name: String }
    struct Attribute: Decodable {
        var name: String
        var options: [String]?
    }

    var id: FlexibleID
    var name: String
    var permalink: String?
    var status: String?
    var description: String?
    var short_description: String?
    var price: String?
    var stock_status: String?
    var stock_quantity: Int?
    var categories: [Named]?
    var tags: [Named]?
    var attributes: [Attribute]?

    /// Normalises the product; prices in `currency`.
    func product(currency: String) throws(CommerceError) -> Product {
        let price = try self.price.nonBlank.map { text throws(CommerceError) in
            try MinorUnits.parse(text, currency: currency, rounding: .halfUp, field: "price")
        }
        let available = (self.status ?? "publish") == "publish" && self.stock_status != "outofstock"
        return Product(
            id: self.id.value, title: self.name, description: self.short_description.nonBlank ?? self.description.nonBlank,
            url: self.permalink.nonBlank, category: self.categories?.first?.name, tags: (self.tags ?? []).map(\.name), price: price,
            options: (self.attributes ?? []).map { ProductOption(name: $0.name, values: $0.options ?? []) },
            variants: [
                ProductVariant(id: self.id.value, price: price, available: available, inventory: self.stock_quantity)
            ],
            currency: currency.uppercased())
    }
}
