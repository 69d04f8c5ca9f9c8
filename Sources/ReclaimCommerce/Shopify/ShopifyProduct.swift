// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// The fields of a Shopify product (`products/create`, `products/update`).
struct ShopifyProduct: Decodable {
    struct Option: Decodable {
        var name: String
        var values: [String]?
    }
    struct Variant: Decodable {
        var id: FlexibleID
        var title: String?
        var price: String?
        var option1: String?
        var option2: String?
        var option3: String?
        var inventory_quantity: Int?
        var inventory_management: String?
        var inventory_policy: String?
    }

    var id: FlexibleID
    var title: String
    var body_html: String?
    var handle: String?
    var tags: String?
    var status: String?
    var options: [Option]?
    var variants: [Variant]?

    /// Normalises the product; prices in `currency` (the shop's), URL under `storefrontURL`.
    func product(currency: String, storefrontURL: String?) throws(CommerceError) -> Product {
        let options = self.options ?? []
        var variants: [ProductVariant] = []
        for (index, variant) in (self.variants ?? []).enumerated() {
            var values: [String: String] = [:]
            for (position, value) in [variant.option1, variant.option2, variant.option3].enumerated() {
                guard let value = value.nonBlank, position < options.count else { continue }
                values[options[position].name] = value
            }
            let price = try variant.price.map { text throws(CommerceError) in
                try MinorUnits.parse(text, currency: currency, field: "variants[\(index)].price")
            }
            variants.append(
                ProductVariant(
                    id: variant.id.value, title: variant.title, optionValues: values, price: price,
                    available: self.isAvailable(variant), inventory: variant.inventory_quantity))
        }
        var url: String?
        if let base = storefrontURL.nonBlank, let handle = self.handle.nonBlank {
            url = (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/products/" + handle
        }
        var named: Set<String> = []  // a repeated option name keeps its first values
        let productOptions = options.filter { named.insert($0.name).inserted }
        return Product(
            id: self.id.value, title: self.title, description: self.body_html.nonBlank, url: url,
            tags: (self.tags ?? "").split(separator: ",").compactMap { String($0).nonBlankValue },
            options: productOptions.map { ProductOption(name: $0.name, values: $0.values ?? []) },
            variants: variants, currency: currency.uppercased())
    }

    /// Sellable when the product is active and stock is untracked, allowed to oversell, or positive.
    func isAvailable(_ variant: Variant) -> Bool {
        if let status = self.status?.lowercased(), status != "active" { return false }
        guard variant.inventory_management.nonBlank != nil else { return true }
        if variant.inventory_policy?.lowercased() == "continue" { return true }
        return (variant.inventory_quantity ?? 0) > 0
    }
}
