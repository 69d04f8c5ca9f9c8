import Foundation

/// A product node of the Admin GraphQL `products` query, turned into the REST/webhook shape
/// (``ShopifyProduct``) so the catalog import and the `products/update` webhook normalise alike.
struct ShopifyGraphQLProduct: Decodable {
    struct Option: Decodable {
        var name: String
        var values: [String]?
    }
    struct SelectedOption: Decodable {
        var name: String
        var value: String
    }
    struct InventoryItem: Decodable { var tracked: Bool? }
    struct Variant: Decodable {
        var legacyResourceId: String
        var title: String?
        var price: String?
        var selectedOptions: [SelectedOption]?
        var inventoryQuantity: Int?
        var inventoryPolicy: String?
        var inventoryItem: InventoryItem?
    }
    struct Variants: Decodable { var nodes: [Variant] }

    var legacyResourceId: String
    var title: String
    var handle: String?
    var descriptionHtml: String?
    var tags: [String]?
    var status: String?
    var options: [Option]?
    var variants: Variants?

    /// The same product as a webhook would carry it.
    var rest: ShopifyProduct {
        let options = self.options ?? []
        let variants = (self.variants?.nodes ?? []).map { variant in
            let values = options.map { option in variant.selectedOptions?.first { $0.name == option.name }?.value }
            func value(_ index: Int) -> String? { index < values.count ? values[index] : nil }
            return ShopifyProduct.Variant(
                id: FlexibleID(variant.legacyResourceId), title: variant.title, price: variant.price, option1: value(0),
                option2: value(1), option3: value(2), inventory_quantity: variant.inventoryQuantity,
                inventory_management: variant.inventoryItem?.tracked == true ? "shopify" : nil,
                inventory_policy: variant.inventoryPolicy?.lowercased())
        }
        return ShopifyProduct(
            id: FlexibleID(self.legacyResourceId), title: self.title, body_html: self.descriptionHtml, handle: self.handle,
            tags: self.tags?.joined(separator: ", "), status: self.status?.lowercased(),
            options: options.map { ShopifyProduct.Option(name: $0.name, values: $0.values) }, variants: variants)
    }
}
