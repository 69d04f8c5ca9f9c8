// swift-format-ignore-file: AlwaysUseLowerCamelCase

// Wire types: property names are the platform's JSON field names, decoded without key mapping.
import Foundation
import ReclaimCore

/// `customers_marketing_consent/update`: `{id, phone, sms_marketing_consent{...}}`.
struct ShopifySMSConsentUpdate: Decodable {
    var id: FlexibleID?
    var phone: String?
    var sms_marketing_consent: ShopifyMarketingConsent?
}

/// `customers_email_marketing_consent/update`: `{customer_id, email_address, email_marketing_consent{...}}`.
struct ShopifyEmailConsentUpdate: Decodable {
    var customer_id: FlexibleID?
    var email_address: String?
    var email_marketing_consent: ShopifyMarketingConsent?
}

/// `customers/data_request`, `customers/redact`, `shop/redact`.
struct ShopifyPrivacyPayload: Decodable {
    struct Customer: Decodable {
        var id: FlexibleID?
        var email: String?
        var phone: String?
    }
    struct DataRequest: Decodable { var id: FlexibleID? }

    var shop_id: FlexibleID?
    var shop_domain: String?
    var customer: Customer?
    var orders_requested: [FlexibleID]?
    var orders_to_redact: [FlexibleID]?
    var data_request: DataRequest?

    func request(kind: PrivacyRequest.Kind) -> PrivacyRequest {
        PrivacyRequest(
            kind: kind, shopID: self.shop_id?.value, shopDomain: self.shop_domain, customerID: self.customer?.id?.value,
            email: self.customer?.email, phone: self.customer?.phone,
            orderIDs: (self.orders_requested ?? self.orders_to_redact ?? []).map(\.value),
            requestID: self.data_request?.id?.value)
    }
}

/// Maps Shopify's consent states to a change. `pending` (awaiting confirmation) and unknown states
/// change nothing; `not_subscribed`, `unsubscribed` and `redacted` revoke (conservative).
enum ShopifyConsentMapping {
    static func action(for state: String?) -> ConsentAction? {
        switch state?.lowercased() {
        case "subscribed": .granted
        case "unsubscribed", "not_subscribed", "redacted": .revoked
        default: nil
        }
    }

    static func kind(for optInLevel: String?) -> ConsentKind? {
        switch optInLevel?.lowercased() {
        case "single_opt_in": .singleOptIn
        case "confirmed_opt_in": .doubleOptIn
        default: nil
        }
    }

    /// `shopify`, or `shopify:other` when Shopify says where it was collected.
    static func source(_ collectedFrom: String?) -> String {
        guard let from = collectedFrom.nonBlank?.lowercased() else { return "shopify" }
        return "shopify:\(from)"
    }
}

extension ShopifySMSConsentUpdate {
    func event() -> CommerceEvent {
        guard let consent = self.sms_marketing_consent, let action = ShopifyConsentMapping.action(for: consent.state)
        else {
            let state = self.sms_marketing_consent?.state ?? "null"
            return .ignored(reason: "SMS consent state \(state) changes nothing")
        }
        return .consentChanged(
            ConsentChange(
                channel: .sms, action: action, phone: self.phone,
                source: ShopifyConsentMapping.source(
                    consent.consent_collected_from),
                kindHint: ShopifyConsentMapping.kind(for: consent.opt_in_level),
                occurredAt: CommerceDates.iso8601(consent.consent_updated_at), platformCustomerID: self.id?.value,
                platformState: consent.state?.lowercased()))
    }
}

extension ShopifyEmailConsentUpdate {
    func event() -> CommerceEvent {
        guard let consent = self.email_marketing_consent,
            let action = ShopifyConsentMapping.action(for: consent.state)
        else {
            let state = self.email_marketing_consent?.state ?? "null"
            return .ignored(reason: "email consent state \(state) changes nothing")
        }
        return .consentChanged(
            ConsentChange(
                channel: .email, action: action, email: self.email_address,
                source: ShopifyConsentMapping.source(consent.consent_collected_from),
                kindHint: ShopifyConsentMapping.kind(for: consent.opt_in_level),
                occurredAt: CommerceDates.iso8601(consent.consent_updated_at),
                platformCustomerID: self.customer_id?.value, platformState: consent.state?.lowercased()))
    }
}
