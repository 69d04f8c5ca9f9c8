// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// `Cart_Full` of `GET /v3/carts/{id}` (also embedded in checkouts). Amounts are JSON numbers,
/// decoded as `Decimal` so nothing passes through `Double`.
struct BigCommerceCart: Decodable {
    struct Currency: Decodable { var code: String }
    struct Option: Decodable {
        var name: String?
        var value: String?
    }
    struct Item: Decodable {
        var product_id: FlexibleID?
        var variant_id: FlexibleID?
        var sku: String?
        var name: String?
        var quantity: Int
        var image_url: String?
        var list_price: Decimal?
        var sale_price: Decimal?
        var options: [Option]?
    }
    struct LineItems: Decodable {
        var physical_items: [Item]?
        var digital_items: [Item]?
        var custom_items: [Item]?
    }
    struct RedirectURLs: Decodable {
        var cart_url: String?
        var checkout_url: String?
    }

    var id: String
    var customer_id: FlexibleID?
    var email: String?
    var currency: Currency?
    var base_amount: Decimal?
    var cart_amount: Decimal?
    var cart_amount_inc_tax: Decimal?
    var line_items: LineItems?
    var created_time: String?
    var updated_time: String?
    var locale: String?
    var redirect_urls: RedirectURLs?

    /// Physical, digital and custom lines, in that order.
    func items(currency: String) throws(CommerceError) -> [LineItem] {
        let all =
            (self.line_items?.physical_items ?? []) + (self.line_items?.digital_items ?? [])
            + (self.line_items?.custom_items ?? [])
        var items: [LineItem] = []
        for (index, item) in all.enumerated() {
            let field = "line_items[\(index)].list_price"
            guard let price = item.list_price ?? item.sale_price else { throw .missingField(field) }
            let title = item.name.nonBlank ?? item.sku.nonBlank ?? "Item"
            let variant = (item.options ?? []).compactMap { $0.value.nonBlank }.joined(separator: " / ")
            items.append(
                LineItem(
                    productID: item.product_id?.value ?? item.sku.nonBlank ?? "custom:\(title)",
                    variantID: item.variant_id?.value, title: title, variantTitle: variant.isEmpty ? nil : variant,
                    quantity: try AmountCheck.quantity(item.quantity, field: "line_items[\(index)].quantity"),
                    unitPrice: try MinorUnits.from(price, currency: currency, rounding: .halfUp, field: field),
                    imageURL: item.image_url.nonBlank))
        }
        return items
    }
}

/// The parts of `GET /v3/checkouts/{id}` Reclaim reads.
struct BigCommerceCheckout: Decodable {
    struct Address: Decodable {
        var first_name: String?
        var last_name: String?
        var email: String?
        var phone: String?
        var city: String?
        var state_or_province: String?
        var state_or_province_code: String?
        var country_code: String?
        var postal_code: String?

        var postalAddress: PostalAddress {
            PostalAddress(
                country: self.country_code.nonBlank,
                province: self.state_or_province_code.nonBlank ?? self.state_or_province.nonBlank,
                city: self.city.nonBlank, zip: self.postal_code.nonBlank)
        }
    }
    struct Consignment: Decodable { var shipping_address: Address? }

    var billing_address: Address?
    var consignments: [Consignment]?
    var cart: BigCommerceCart?
}

/// One entry of `GET /v3/customers?id:in=…`.
struct BigCommerceCustomer: Decodable {
    var id: FlexibleID?
    var email: String?
    var first_name: String?
    var last_name: String?
    var phone: String?
}

/// `{"data": …}` wrapper of v3 responses.
struct BigCommerceEnvelope<Payload: Decodable>: Decodable {
    var data: Payload
}
