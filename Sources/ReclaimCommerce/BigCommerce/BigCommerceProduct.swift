// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// A product of `GET /v3/catalog/products?include=variants`. Prices are JSON numbers, decoded as `Decimal`.
struct BigCommerceProduct: Decodable {
    struct CustomURL: Decodable { var url: String? }
    struct OptionValue: Decodable {
        var option_display_name: String
        var label: String
    }
    struct Variant: Decodable {
        var id: FlexibleID
        var sku: String?
        var price: Decimal?
        var calculated_price: Decimal?
        var inventory_level: Int?
        var purchasing_disabled: Bool?
        var option_values: [OptionValue]?
    }

    var id: FlexibleID
    var name: String
    var description: String?
    var price: Decimal?
    var calculated_price: Decimal?
    var custom_url: CustomURL?
    var is_visible: Bool?
    var availability: String?
    var inventory_level: Int?
    var inventory_tracking: String?
    var variants: [Variant]?

    /// Normalises the product; prices in `currency`, URL under `storefrontURL`.
    func product(currency: String, storefrontURL: String?) throws(CommerceError) -> Product {
        func minor(_ amount: Decimal?, _ field: String) throws(CommerceError) -> Int? {
            guard let amount else { return nil }
            return try MinorUnits.from(amount, currency: currency, rounding: .halfUp, field: field)
        }
        let tracked = self.inventory_tracking.map { $0 != "none" } ?? false
        let sellable = (self.is_visible ?? true) && self.availability != "disabled"
        var names: [String] = []
        var values: [String: [String]] = [:]
        var variants: [ProductVariant] = []
        for (index, variant) in (self.variants ?? []).enumerated() {
            var chosen: [String: String] = [:]
            for option in variant.option_values ?? [] {
                chosen[option.option_display_name] = option.label
                if values[option.option_display_name] == nil { names.append(option.option_display_name) }
                if !(values[option.option_display_name] ?? []).contains(option.label) {
                    values[option.option_display_name, default: []].append(option.label)
                }
            }
            let price = try minor(
                variant.calculated_price ?? variant.price ?? self.calculated_price ?? self.price, "variants[\(index)].price")
            let available = sellable && variant.purchasing_disabled != true && (!tracked || (variant.inventory_level ?? 0) > 0)
            variants.append(
                ProductVariant(
                    id: variant.id.value, title: variant.sku, optionValues: chosen, price: price, available: available,
                    inventory: tracked ? variant.inventory_level : nil))
        }
        var url: String?
        if let base = storefrontURL.nonBlank, let path = self.custom_url?.url.nonBlank {
            url = (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
        }
        return Product(
            id: self.id.value, title: self.name, description: self.description.nonBlank, url: url,
            price: try minor(self.calculated_price ?? self.price, "price"),
            options: names.map { ProductOption(name: $0, values: values[$0] ?? []) }, variants: variants, currency: currency.uppercased())
    }
}
