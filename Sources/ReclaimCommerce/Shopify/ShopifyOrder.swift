// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// The fields of a Shopify order (`orders/create`, `orders/paid`, REST `GET /orders/{id}.json`).
struct ShopifyOrder: Decodable {
    var id: FlexibleID
    var name: String?
    var checkout_token: String?
    var cart_token: String?
    var email: String?
    var contact_email: String?
    var phone: String?
    var customer_locale: String?
    var currency: String?
    var presentment_currency: String?
    var total_price: String?
    var total_price_set: ShopifyMoneySet?
    var financial_status: String?
    var cancelled_at: String?
    var test: Bool?
    var processed_at: String?
    var created_at: String?
    var line_items: [ShopifyLineItem]?
    var discount_codes: [ShopifyDiscountCode]?
    var billing_address: ShopifyAddress?
    var shipping_address: ShopifyAddress?
    var customer: ShopifyCustomer?

    /// Financial statuses where money was authorised or captured and not wholly given back.
    static let paidStatuses: Set<String> = ["authorized", "paid", "partially_paid", "partially_refunded"]

    /// Normalises the order; amounts in the presentment currency.
    func snapshot() throws(CommerceError) -> OrderSnapshot {
        let presentment = self.total_price_set?.presentment_money
        guard
            let currency = (presentment?.currency_code).nonBlank ?? self.presentment_currency.nonBlank
                ?? self.currency.nonBlank
        else { throw .missingField("presentment_currency") }
        guard let totalText = presentment?.amount ?? self.total_price else { throw .missingField("total_price") }
        var items: [LineItem] = []
        for (index, line) in (self.line_items ?? []).enumerated() {
            items.append(try line.lineItem(currency: currency, index: index))
        }
        _ = try AmountCheck.lines(items, path: "line_items")
        let status = self.financial_status?.lowercased()
        return OrderSnapshot(
            source: .shopify, externalID: self.id.value, orderNumber: self.name.nonBlank,
            cartExternalID: self.checkout_token.nonBlank, cartToken: self.cart_token.nonBlank,
            platformCustomerID: self.customer?.id?.value, contact: self.contact(), items: items,
            total: Money(
                minor: try MinorUnits.parse(totalText, currency: currency, field: "total_price"), currency: currency),
            discountCodes: (self.discount_codes ?? []).map(\.code),
            paid: status.map { Self.paidStatuses.contains($0) } ?? false, platformStatus: status,
            cancelled: self.cancelled_at.nonBlank != nil, test: self.test ?? false,
            shippingAddress: (self.shipping_address ?? self.billing_address)?.postalAddress,
            placedAt: CommerceDates.iso8601(self.processed_at) ?? CommerceDates.iso8601(self.created_at))
    }

    /// Buyer details: order fields first, then the account, then the addresses.
    func contact() -> CommerceContact {
        CommerceContact(
            phone: self.phone.nonBlank ?? self.customer?.phone.nonBlank ?? self.shipping_address?.phone.nonBlank
                ?? self.billing_address?.phone.nonBlank,
            email: self.email.nonBlank ?? self.contact_email.nonBlank ?? self.customer?.email.nonBlank,
            firstName: self.customer?.first_name.nonBlank ?? self.billing_address?.first_name.nonBlank,
            lastName: self.customer?.last_name.nonBlank ?? self.billing_address?.last_name.nonBlank,
            locale: self.customer_locale)
    }
}
