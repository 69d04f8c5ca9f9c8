import Foundation

/// Where a cart or order came from.
public enum CommerceSource: String, Codable, Sendable, Hashable, CaseIterable {
    case shopify, woocommerce, bigcommerce, events
}

/// Lifecycle of a cart from Reclaim's point of view.
public enum CartStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// The shopper is still active or the idle time has not passed.
    case open
    /// Idle past the store's abandonment time with a reachable contact and items.
    case abandoned
    /// An order matched this cart.
    case recovered
    /// All items were removed.
    case emptied
    /// A newer cart of the same shopper replaced this one.
    case superseded
    /// The platform deleted the checkout.
    case deleted
}

/// A shopper's cart or checkout, normalised from any platform.
///
/// Unique per store by `(source, externalID)`.
public struct Cart: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// Platform the cart came from.
    public var source: CommerceSource
    /// The platform's cart or checkout identifier (Shopify checkout token, generic `cart_id`).
    public var externalID: String
    /// The shopper, when a phone or email is known.
    public var contactID: String?
    /// Lines in the cart.
    public var items: [LineItem]
    /// Sum of the lines in minor units, as reported by the platform.
    public var subtotal: Money
    /// The platform's link that restores the cart or checkout.
    public var recoveryURL: String?
    /// Where the shopper said they'd ship.
    public var shippingAddress: PostalAddress?
    /// Shopper's IP at checkout, kept as consent evidence.
    public var ip: String?
    /// Shopper's browser at checkout.
    public var userAgent: String?
    /// Current status.
    public var status: CartStatus
    /// Last activity on the platform; abandonment counts from here.
    public var lastActivityAt: Date
    /// When Reclaim declared the cart abandoned.
    public var abandonedAt: Date?
    /// When an order recovered the cart.
    public var recoveredAt: Date?
    /// The order that recovered it.
    public var recoveredOrderID: String?
    /// First time Reclaim saw the cart.
    public var createdAt: Date
    /// Last change to this row.
    public var updatedAt: Date

    /// Creates a cart.
    public init(
        id: String, storeID: StoreID, source: CommerceSource, externalID: String, contactID: String? = nil,
        items: [LineItem], subtotal: Money, recoveryURL: String? = nil, shippingAddress: PostalAddress? = nil,
        ip: String? = nil, userAgent: String? = nil, status: CartStatus = .open, lastActivityAt: Date,
        abandonedAt: Date? = nil, recoveredAt: Date? = nil, recoveredOrderID: String? = nil, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.storeID = storeID
        self.source = source
        self.externalID = externalID
        self.contactID = contactID
        self.items = items
        self.subtotal = subtotal
        self.recoveryURL = recoveryURL
        self.shippingAddress = shippingAddress
        self.ip = ip
        self.userAgent = userAgent
        self.status = status
        self.lastActivityAt = lastActivityAt
        self.abandonedAt = abandonedAt
        self.recoveredAt = recoveredAt
        self.recoveredOrderID = recoveredOrderID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Total number of units across lines.
    public var itemCount: Int { self.items.lazy.map(\.quantity).saturatingSum() }
}
