import Foundation

/// A placed order. Orders end journeys and prove what was recovered.
///
/// Unique per store by `(source, externalID)`.
public struct Order: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// Platform the order came from.
    public var source: CommerceSource
    /// The platform's order identifier.
    public var externalID: String
    /// The cart this order completed, when matched.
    public var cartID: String?
    /// The buyer, when matched to a contact.
    public var contactID: String?
    /// Order lines.
    public var items: [LineItem]
    /// Amount paid, in minor units.
    public var total: Money
    /// Discount codes applied at checkout.
    public var discountCodes: [String]
    /// Whether payment is captured or authorised (a pending WooCommerce order is not paid).
    public var paid: Bool
    /// When the shopper placed it.
    public var placedAt: Date
    /// The message credited with the recovery: the last clicked one, else the last delivered one
    /// within the attribution window; `nil` when no message touched the cart (holdout, bought early).
    public var attributedMessageID: String?

    /// Creates an order.
    public init(
        id: String, storeID: StoreID, source: CommerceSource, externalID: String, cartID: String? = nil,
        contactID: String? = nil, items: [LineItem], total: Money, discountCodes: [String] = [], paid: Bool = true,
        placedAt: Date, attributedMessageID: String? = nil
    ) {
        self.id = id
        self.storeID = storeID
        self.source = source
        self.externalID = externalID
        self.cartID = cartID
        self.contactID = contactID
        self.items = items
        self.total = total
        self.discountCodes = discountCodes
        self.paid = paid
        self.placedAt = placedAt
        self.attributedMessageID = attributedMessageID
    }
}
