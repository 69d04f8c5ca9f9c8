/// The event types of `POST /api/v1/stores/{store}/events`.
public enum GenericEventType: String, Sendable, Hashable, CaseIterable, Codable {
    /// The cart changed.
    case cartUpdated = "cart.updated"
    /// The shopper began checkout (same data as `cart.updated`).
    case checkoutStarted = "checkout.started"
    /// An order was placed.
    case orderPlaced = "order.placed"
    /// Marketing consent was given.
    case consentGranted = "consent.granted"
    /// Marketing consent was withdrawn.
    case consentRevoked = "consent.revoked"
    /// Products were created or changed.
    case catalogUpserted = "catalog.upserted"
}
