import ReclaimCore

/// What one platform delivery means to Reclaim, independent of the platform it came from.
///
/// Every adapter (Shopify, WooCommerce, BigCommerce, the generic events API) turns a raw payload
/// into one `CommerceEvent`; the job that processes the stored delivery switches over it.
///
/// ```swift
/// switch try ShopifyPayloadParser().parse(topic: topic, body: body) {
/// case .cartUpdated(let cart): // upsert cart, (re)start the idle clock
/// case .orderPlaced(let order): // end the matching journey, attribute revenue
/// default: break
/// }
/// ```
public enum CommerceEvent: Codable, Sendable, Hashable {
    /// A cart or checkout was created or changed. Restart its idle clock.
    case cartUpdated(CartSnapshot)
    /// The platform deleted the cart or checkout with this external id; end its journey.
    case cartDeleted(externalID: String)
    /// The shopper placed an order. Any order ends the matching journey; `paid` decides revenue.
    case orderPlaced(OrderSnapshot)
    /// A shopper granted or revoked marketing consent on one channel.
    case consentChanged(ConsentChange)
    /// Products were created or changed; the assistant answers from these.
    case catalogUpserted([Product])
    /// A privacy request (data export, customer or shop erasure).
    case privacyRequest(PrivacyRequest)
    /// A connectivity check (WooCommerce webhook creation). Answer 200, store nothing.
    case ping
    /// A valid delivery that Reclaim deliberately does nothing with, and why.
    case ignored(reason: String)
}
