import Foundation

/// The Shopify webhook topics Reclaim handles (`X-Shopify-Topic`).
public enum ShopifyTopic: String, Sendable, Hashable, CaseIterable {
    /// A checkout got contact information.
    case checkoutsCreate = "checkouts/create"
    /// A checkout changed (items, contact, `completed_at`).
    case checkoutsUpdate = "checkouts/update"
    /// A checkout was deleted.
    case checkoutsDelete = "checkouts/delete"
    /// An order was placed.
    case ordersCreate = "orders/create"
    /// An order was paid.
    case ordersPaid = "orders/paid"
    /// A customer account was created (ignored).
    case customersCreate = "customers/create"
    /// A customer account changed (ignored).
    case customersUpdate = "customers/update"
    /// SMS consent; Shopify's real topic name is `customers_marketing_consent/update`.
    case customersMarketingConsentUpdate = "customers_marketing_consent/update"
    /// Email consent; Shopify's real topic name is `customers_email_marketing_consent/update`.
    case customersEmailMarketingConsentUpdate = "customers_email_marketing_consent/update"
    /// Mandatory privacy topic: a customer asked for their data.
    case customersDataRequest = "customers/data_request"
    /// Mandatory privacy topic: erase a customer.
    case customersRedact = "customers/redact"
    /// Mandatory privacy topic: erase the shop, 48 hours after uninstall.
    case shopRedact = "shop/redact"
    /// A product was created.
    case productsCreate = "products/create"
    /// A product changed.
    case productsUpdate = "products/update"

    /// Reads a topic header, case-insensitively, also accepting the GraphQL enum spelling
    /// (`CHECKOUTS_UPDATE`) and the informal `customers/marketing_consent_update` names.
    /// - Returns: `nil` for a topic Reclaim does not handle.
    public init?(header: String) {
        let text = header.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "customers/marketing_consent_update", "customers_marketing_consent_update":
            self = .customersMarketingConsentUpdate
        case "customers/email_marketing_consent_update", "customers_email_marketing_consent_update":
            self = .customersEmailMarketingConsentUpdate
        default:
            if let topic = ShopifyTopic(rawValue: text) {
                self = topic
            } else if let topic = ShopifyTopic.allCases.first(where: { $0.graphQLName.lowercased() == text }) {
                self = topic
            } else {
                return nil
            }
        }
    }

    /// The GraphQL `WebhookSubscriptionTopic` spelling (`CHECKOUTS_UPDATE`).
    public var graphQLName: String {
        self.rawValue.replacingOccurrences(of: "/", with: "_").uppercased()
    }
}
