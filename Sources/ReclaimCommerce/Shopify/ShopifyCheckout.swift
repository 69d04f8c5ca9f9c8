// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// The fields of a Shopify checkout (`checkouts/create|update` webhooks, abandoned-checkouts REST).
struct ShopifyCheckout: Decodable {
    var id: FlexibleID?
    var token: String?
    var cart_token: String?
    var email: String?
    var phone: String?
    var sms_marketing_phone: String?
    var buyer_accepts_marketing: Bool?
    var buyer_accepts_sms_marketing: Bool?
    var customer_locale: String?
    var currency: String?
    var presentment_currency: String?
    var subtotal_price: String?
    var abandoned_checkout_url: String?
    var created_at: String?
    var updated_at: String?
    var completed_at: String?
    var browser_ip: String?
    var client_details: ShopifyClientDetails?
    var line_items: [ShopifyLineItem]?
    var discount_codes: [ShopifyDiscountCode]?
    var billing_address: ShopifyAddress?
    var shipping_address: ShopifyAddress?
    var customer: ShopifyCustomer?

    /// Normalises the checkout. Keyed on `token` (2026-07 payloads have no top-level `id`).
    func snapshot() throws(CommerceError) -> CartSnapshot {
        guard let token = self.token.nonBlank ?? self.id?.value else { throw .missingField("token") }
        // Line prices are in the buyer's (presentment) currency.
        guard let currency = self.presentment_currency.nonBlank ?? self.currency.nonBlank else {
            throw .missingField("presentment_currency")
        }
        var items: [LineItem] = []
        for (index, line) in (self.line_items ?? []).enumerated() {
            items.append(try line.lineItem(currency: currency, index: index))
        }
        let linesTotal = try AmountCheck.lines(items, path: "line_items")
        let subtotal: Int
        if let text = self.subtotal_price {
            subtotal = try MinorUnits.parse(text, currency: currency, field: "subtotal_price")
        } else {
            subtotal = linesTotal
        }
        return CartSnapshot(
            source: .shopify, externalID: token, cartToken: self.cart_token.nonBlank,
            platformCustomerID: self.customer?.id?.value, contact: self.contact(), items: items,
            subtotal: Money(minor: subtotal, currency: currency), recoveryURL: self.abandoned_checkout_url.nonBlank,
            shippingAddress: (self.shipping_address ?? self.billing_address)?.postalAddress,
            ip: self.browser_ip.nonBlank ?? self.client_details?.browser_ip.nonBlank,
            userAgent: self.client_details?.user_agent.nonBlank,
            discountCodes: (self.discount_codes ?? []).map(\.code), consentHints: self.consentHints(),
            occurredAt: CommerceDates.iso8601(self.created_at), updatedAt: CommerceDates.iso8601(self.updated_at),
            completedAt: CommerceDates.iso8601(self.completed_at))
    }

    /// The phone for SMS comes first from where the shopper opted in (`sms_marketing_phone`), then the
    /// checkout's contact phone, the account, and the addresses. Names prefer the account, then billing.
    func contact() -> CommerceContact {
        CommerceContact(
            phone: self.sms_marketing_phone.nonBlank ?? self.phone.nonBlank ?? self.customer?.phone.nonBlank
                ?? self.shipping_address?.phone.nonBlank ?? self.billing_address?.phone.nonBlank,
            email: self.email.nonBlank ?? self.customer?.email.nonBlank,
            firstName: self.customer?.first_name.nonBlank ?? self.billing_address?.first_name.nonBlank
                ?? self.shipping_address?.first_name.nonBlank,
            lastName: self.customer?.last_name.nonBlank ?? self.billing_address?.last_name.nonBlank
                ?? self.shipping_address?.last_name.nonBlank,
            locale: self.customer_locale)
    }

    /// Checkout checkboxes first, then the account's consent states.
    func consentHints() -> [ConsentHint] {
        var hints: [ConsentHint] = []
        if let accepted = self.buyer_accepts_sms_marketing {
            hints.append(
                ConsentHint(
                    channel: .sms, accepted: accepted, address: self.sms_marketing_phone.nonBlank,
                    platformState: "checkout_checkbox"))
        }
        if let accepted = self.buyer_accepts_marketing {
            hints.append(
                ConsentHint(
                    channel: .email, accepted: accepted, address: self.email.nonBlank?.lowercased(),
                    platformState: "checkout_checkbox"))
        }
        if let hint = self.customer?.sms_marketing_consent?.hint(channel: .sms, address: self.customer?.phone) {
            hints.append(hint)
        }
        if let hint = self.customer?.email_marketing_consent?.hint(
            channel: .email, address: self.customer?.email?.lowercased())
        {
            hints.append(hint)
        }
        return hints
    }
}

/// `checkouts/delete`: only the id survives (plus cart token and totals).
struct ShopifyDeletedCheckout: Decodable {
    var id: FlexibleID?
    var token: String?
    var cart_token: String?
}
