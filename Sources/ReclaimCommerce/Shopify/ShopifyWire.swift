// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

// The few fields Reclaim reads from Shopify's payloads. Everything else is skipped by the decoder.

/// A Shopify address (`billing_address`, `shipping_address`, `default_address`).
struct ShopifyAddress: Decodable {
    var first_name: String?
    var last_name: String?
    var phone: String?
    var city: String?
    var zip: String?
    var province: String?
    var province_code: String?
    var country: String?
    var country_code: String?

    /// Country code and province code when given, else the names.
    var postalAddress: PostalAddress {
        PostalAddress(
            country: self.country_code.nonBlank ?? self.country.nonBlank,
            province: self.province_code.nonBlank ?? self.province.nonBlank,
            city: self.city.nonBlank, zip: self.zip.nonBlank)
    }
}

/// `sms_marketing_consent` / `email_marketing_consent` objects.
struct ShopifyMarketingConsent: Decodable {
    var state: String?
    var opt_in_level: String?
    var consent_updated_at: String?
    var consent_collected_from: String?
}

/// The `customer` object embedded in checkouts and orders.
struct ShopifyCustomer: Decodable {
    var id: FlexibleID?
    var email: String?
    var phone: String?
    var first_name: String?
    var last_name: String?
    var sms_marketing_consent: ShopifyMarketingConsent?
    var email_marketing_consent: ShopifyMarketingConsent?
}

/// `{ "amount": "199.00", "currency_code": "USD" }`.
struct ShopifyMoney: Decodable {
    var amount: String
    var currency_code: String
}

/// `*_set` objects carrying shop and presentment money.
struct ShopifyMoneySet: Decodable {
    var shop_money: ShopifyMoney?
    var presentment_money: ShopifyMoney?
}

/// A line of a checkout or an order.
struct ShopifyLineItem: Decodable {
    var product_id: FlexibleID?
    var variant_id: FlexibleID?
    var sku: String?
    var key: String?
    var title: String?
    var name: String?
    var presentment_title: String?
    var variant_title: String?
    var presentment_variant_title: String?
    var quantity: Int
    var price: String?
    var price_set: ShopifyMoneySet?

    /// Converts to a core line item, pricing in `currency`; `index` names the field in errors.
    func lineItem(currency: String, index: Int) throws(CommerceError) -> LineItem {
        let field = "line_items[\(index)].price"
        let priceText = self.price_set?.presentment_money?.amount ?? self.price
        guard let priceText else { throw .missingField(field) }
        let title = self.presentment_title.nonBlank ?? self.title.nonBlank ?? self.name.nonBlank
        guard let title else { throw .missingField("line_items[\(index)].title") }
        return LineItem(
            // Custom lines have no product id: keep something stable to show and match.
            productID: self.product_id?.value ?? self.sku.nonBlank ?? self.key.nonBlank ?? "custom:\(title)",
            variantID: self.variant_id?.value,
            title: title,
            variantTitle: self.presentment_variant_title.nonBlank ?? self.variant_title.nonBlank,
            quantity: try AmountCheck.quantity(self.quantity, field: "line_items[\(index)].quantity"),
            unitPrice: try MinorUnits.parse(priceText, currency: currency, field: field))
    }
}

/// `{ "code": "TENOFF", ... }` in `discount_codes`.
struct ShopifyDiscountCode: Decodable {
    var code: String
}

/// `client_details` of orders (and older checkouts).
struct ShopifyClientDetails: Decodable {
    var browser_ip: String?
    var user_agent: String?
}

extension ShopifyMarketingConsent {
    /// A hint for `channel`, when the state is known.
    func hint(channel: Channel, address: String?) -> ConsentHint? {
        guard let state = self.state.nonBlank?.lowercased() else { return nil }
        return ConsentHint(
            channel: channel, accepted: state == "subscribed", address: address, platformState: state,
            optInLevel: self.opt_in_level.nonBlank, updatedAt: CommerceDates.iso8601(self.consent_updated_at),
            collectedFrom: self.consent_collected_from.nonBlank)
    }
}
