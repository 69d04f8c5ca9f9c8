/// A privacy request from a platform (Shopify's mandatory compliance topics).
public struct PrivacyRequest: Codable, Sendable, Hashable {
    /// What is asked.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// Export what Reclaim holds about a customer (`customers/data_request`).
        case customerDataRequest = "customers/data_request"
        /// Erase a customer's personal data, keeping suppression entries (`customers/redact`).
        case customerRedact = "customers/redact"
        /// Erase everything about the shop, 48 h after uninstall (`shop/redact`).
        case shopRedact = "shop/redact"
    }

    /// What is asked.
    public var kind: Kind
    /// The platform's shop id.
    public var shopID: String?
    /// The shop's platform domain (`example.myshopify.com`).
    public var shopDomain: String?
    /// The platform's customer id.
    public var customerID: String?
    /// Customer email, lower-cased.
    public var email: String?
    /// Customer phone, raw.
    public var phone: String?
    /// Orders the request covers (`orders_requested` / `orders_to_redact`).
    public var orderIDs: [String]
    /// The platform's id of a data request, to answer it.
    public var requestID: String?

    /// Creates a privacy request.
    public init(
        kind: Kind, shopID: String? = nil, shopDomain: String? = nil, customerID: String? = nil, email: String? = nil,
        phone: String? = nil, orderIDs: [String] = [], requestID: String? = nil
    ) {
        self.kind = kind
        self.shopID = shopID
        self.shopDomain = shopDomain
        self.customerID = customerID
        self.email = email.nonBlank?.lowercased()
        self.phone = phone.nonBlank
        self.orderIDs = orderIDs
        self.requestID = requestID
    }
}
