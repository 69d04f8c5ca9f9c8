import Foundation

/// A discount a step offers; the discount service turns it into a unique code for the cart.
public struct DiscountOffer: Codable, Sendable, Hashable {
    /// Percent, fixed amount or free shipping.
    public var type: DiscountType
    /// Whole percent, or minor units for a fixed amount; ignored for free shipping.
    public var value: Int
    /// How long the code works after it is issued.
    public var expiresAfter: TimeInterval
    /// Rung on the cart's discount ladder, from 1; a higher tier supersedes lower codes.
    public var tier: Int
    /// Smallest cart subtotal, in minor units, that qualifies; `nil` for any cart.
    public var minimumCartValue: Int?

    /// Default validity of a code: 48 hours.
    public static let defaultExpiry: TimeInterval = 48 * 3600

    /// Creates an offer.
    /// - Parameters:
    ///   - type: What the discount takes off.
    ///   - value: Percent or minor units.
    ///   - expiresAfter: Validity of the code.
    ///   - tier: Ladder rung, from 1.
    ///   - minimumCartValue: Qualifying subtotal in minor units.
    public init(
        type: DiscountType, value: Int, expiresAfter: TimeInterval = DiscountOffer.defaultExpiry, tier: Int = 1,
        minimumCartValue: Int? = nil
    ) {
        self.type = type
        self.value = value
        self.expiresAfter = expiresAfter
        self.tier = tier
        self.minimumCartValue = minimumCartValue
    }

    /// Whether a cart of this value qualifies. A message whose cart does not qualify is still sent,
    /// without the discount.
    /// - Parameter cartValue: Subtotal in minor units.
    public func qualifies(cartValue: Int) -> Bool {
        guard let minimum = self.minimumCartValue else { return true }
        return cartValue >= minimum
    }
}
