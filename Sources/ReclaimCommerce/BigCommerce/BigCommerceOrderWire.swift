// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// The parts of `GET /v2/orders/{id}` Reclaim reads. v2 money is decimal text (`"69.8400"`).
struct BigCommerceOrder: Decodable {
    struct Address: Decodable {
        var first_name: String?
        var last_name: String?
        var city: String?
        var state: String?
        var zip: String?
        var country_iso2: String?
        var phone: String?
        var email: String?
    }

    var id: FlexibleID
    var customer_id: FlexibleID?
    var date_created: String?
    var status_id: Int?
    var status: String?
    var total_inc_tax: String?
    var currency_code: String?
    var default_currency_code: String?
    var payment_status: String?
    var cart_id: String?
    var ip_address: String?
    var customer_locale: String?
    var billing_address: Address?

    /// Statuses after a successful payment: Shipped, Partially Shipped, Awaiting Pickup,
    /// Awaiting Shipment, Completed, Awaiting Fulfillment, Partially Refunded.
    static let paidStatusIDs: Set<Int> = [2, 3, 8, 9, 10, 11, 14]
    /// Statuses that are not a finished checkout: Incomplete, Refunded, Cancelled, Declined.
    static let notPlacedStatusIDs: Set<Int> = [0, 4, 5, 6]
    /// `payment_status` values that mean money is authorised or taken.
    static let paidPaymentStatuses: Set<String> = ["authorized", "captured", "partially refunded"]
}

/// One coupon of `GET /v2/orders/{id}/coupons` (`{"id", "coupon_id", "order_id", "code", "amount", "type", "discount"}`).
struct BigCommerceOrderCoupon: Decodable {
    var code: String?
}

/// One line of `GET /v2/orders/{id}/products`.
struct BigCommerceOrderProduct: Decodable {
    struct Option: Decodable {
        var display_value: String?
        var display_value_customer: String?
    }
    var product_id: FlexibleID?
    var variant_id: FlexibleID?
    var name: String?
    var name_customer: String?
    var sku: String?
    var quantity: Int
    var price_inc_tax: String?
    var base_price: String?
    var product_options: [Option]?
}
