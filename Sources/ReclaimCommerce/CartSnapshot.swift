import Foundation
import ReclaimCore

/// A cart or checkout as one platform delivery described it, normalised and not yet stored.
///
/// The store layer upserts a ``ReclaimCore/Cart`` from it by `(source, externalID)`. Money is in
/// minor units of ``currency``; nothing here went through floating point.
public struct CartSnapshot: Codable, Sendable, Hashable {
    /// Platform the cart came from.
    public var source: CommerceSource
    /// The platform's key for the cart: Shopify checkout `token`, WooCommerce order id,
    /// BigCommerce cart id, generic `cart_id`.
    public var externalID: String
    /// A second platform key that orders may carry instead (Shopify `cart_token`).
    public var cartToken: String?
    /// The platform's customer id, when the shopper has an account.
    public var platformCustomerID: String?
    /// Who the shopper is, as typed.
    public var contact: CommerceContact
    /// Lines in the cart; prices in minor units of ``currency``.
    public var items: [LineItem]
    /// Subtotal of the lines after line and order discounts, before shipping and tax.
    public var subtotal: Money
    /// The link that brings the shopper back to this cart or checkout.
    public var recoveryURL: String?
    /// Where the shopper said they'd ship (falls back to the billing address).
    public var shippingAddress: PostalAddress?
    /// Shopper's IP address, when the platform sent it.
    public var ip: String?
    /// Shopper's browser, when the platform sent it.
    public var userAgent: String?
    /// Discount codes already applied to the cart.
    public var discountCodes: [String]
    /// What the payload says about marketing consent; evidence, not consent.
    public var consentHints: [ConsentHint]
    /// When the cart was created on the platform (or the event occurred, for the generic API).
    public var occurredAt: Date?
    /// When the platform last changed the cart; use it to drop stale, out-of-order deliveries.
    public var updatedAt: Date?
    /// When the platform completed the checkout (Shopify `completed_at`). A completed checkout
    /// was bought, never abandoned: do not start a journey for it.
    public var completedAt: Date?

    /// Creates a snapshot.
    public init(
        source: CommerceSource, externalID: String, cartToken: String? = nil, platformCustomerID: String? = nil,
        contact: CommerceContact, items: [LineItem], subtotal: Money, recoveryURL: String? = nil,
        shippingAddress: PostalAddress? = nil, ip: String? = nil, userAgent: String? = nil,
        discountCodes: [String] = [], consentHints: [ConsentHint] = [], occurredAt: Date? = nil,
        updatedAt: Date? = nil, completedAt: Date? = nil
    ) {
        self.source = source
        self.externalID = externalID
        self.cartToken = cartToken
        self.platformCustomerID = platformCustomerID
        self.contact = contact
        self.items = items
        self.subtotal = subtotal
        self.recoveryURL = recoveryURL
        self.shippingAddress = shippingAddress
        self.ip = ip
        self.userAgent = userAgent
        self.discountCodes = discountCodes
        self.consentHints = consentHints
        self.occurredAt = occurredAt
        self.updatedAt = updatedAt
        self.completedAt = completedAt
    }

    /// ISO 4217 currency of every amount in the snapshot.
    public var currency: String { self.subtotal.currency }

    /// Whether the platform already completed this checkout (it must never count as abandoned).
    public var isCompleted: Bool { self.completedAt != nil }
}
