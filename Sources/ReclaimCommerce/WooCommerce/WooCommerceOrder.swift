// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// The fields of a WooCommerce order (REST v3 representation, which is also the webhook body).
struct WooCommerceOrder: Decodable {
    struct Address: Decodable {
        var first_name: String?
        var last_name: String?
        var city: String?
        var state: String?
        var postcode: String?
        var country: String?
        var email: String?
        var phone: String?

        var postalAddress: PostalAddress? {
            let address = PostalAddress(
                country: self.country.nonBlank, province: self.state.nonBlank, city: self.city.nonBlank,
                zip: self.postcode.nonBlank)
            return address == PostalAddress() ? nil : address
        }
    }
    struct Meta: Decodable {
        var key: String?
        var value: MetaValue?
        var display_value: MetaValue?
    }
    /// Meta values may be strings, numbers or objects; only strings are shown.
    struct MetaValue: Decodable {
        var text: String?
        init(from decoder: any Decoder) throws {
            self.text = try? decoder.singleValueContainer().decode(String.self)
        }
    }
    struct Image: Decodable { var src: String? }
    struct Line: Decodable {
        var product_id: FlexibleID?
        var variation_id: FlexibleID?
        var name: String?
        var parent_name: String?
        var quantity: Int
        var subtotal: String?
        var total: String?
        var sku: String?
        var meta_data: [Meta]?
        var image: Image?
    }
    struct Coupon: Decodable { var code: String }
    struct Link: Decodable { var href: String? }
    struct Links: Decodable {
        var selfLinks: [Link]?
        enum CodingKeys: String, CodingKey { case selfLinks = "self" }
    }

    var id: FlexibleID
    var number: String?
    var order_key: String?
    var status: String
    var currency: String
    var total: String?
    var customer_id: FlexibleID?
    var customer_ip_address: String?
    var customer_user_agent: String?
    var date_created_gmt: String?
    var date_modified_gmt: String?
    var date_paid_gmt: String?
    var date_paid: String?
    var payment_url: String?
    var billing: Address?
    var shipping: Address?
    var line_items: [Line]?
    var coupon_lines: [Coupon]?
    var _links: Links?

    /// Statuses of an order whose checkout was completed (paid, or awaiting offline payment).
    static let placedStatuses: Set<String> = ["processing", "completed", "on-hold"]
    /// Statuses of a checkout that did not complete payment.
    static let unpaidStatuses: Set<String> = ["pending", "failed"]

    /// Whether money was received: a paid date, or a status WooCommerce only sets after payment.
    var isPaid: Bool {
        self.date_paid_gmt.nonBlank != nil || self.date_paid.nonBlank != nil
            || ["processing", "completed"].contains(self.status.lowercased())
    }
}
