import Foundation

/// What a discount takes off.
public enum DiscountType: String, Codable, Sendable, Hashable, CaseIterable {
    /// A percentage of the subtotal; `value` is whole percent.
    case percent
    /// A fixed amount; `value` is minor units.
    case fixedAmount = "fixed_amount"
    /// Free shipping; `value` is ignored.
    case freeShipping = "free_shipping"
}

/// Lifecycle of an issued code.
public enum DiscountStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case active, superseded, redeemed, expired
}

/// A unique, expiring, single-use code tied to one cart.
///
/// Unique per store by `code` (made by ``DiscountCodeGenerator``). A higher tier supersedes the cart's earlier
/// codes. `platformID` is set once the code exists on the store's platform (a `PlatformDiscountClient` in
/// ReclaimCommerce creates it; docs/discounts.md says what the server wires so far).
public struct Discount: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// The cart the code is tied to.
    public var cartID: String
    /// The code the shopper types or the link applies.
    public var code: String
    /// Percent, fixed amount or free shipping.
    public var type: DiscountType
    /// Percent or minor units, per `type`.
    public var value: Int
    /// Rung on the cart's discount ladder, from 1.
    public var tier: Int
    /// When the code stops working.
    public var expiresAt: Date
    /// Current status.
    public var status: DiscountStatus
    /// The platform's identifier for the price rule or coupon.
    public var platformID: String?
    /// When it was issued.
    public var createdAt: Date

    /// Creates a discount.
    public init(
        id: String, storeID: StoreID, cartID: String, code: String, type: DiscountType, value: Int, tier: Int,
        expiresAt: Date, status: DiscountStatus = .active, platformID: String? = nil, createdAt: Date
    ) {
        self.id = id
        self.storeID = storeID
        self.cartID = cartID
        self.code = code
        self.type = type
        self.value = value
        self.tier = tier
        self.expiresAt = expiresAt
        self.status = status
        self.platformID = platformID
        self.createdAt = createdAt
    }
}
