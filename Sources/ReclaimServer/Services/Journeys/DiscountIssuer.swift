import Foundation
import ReclaimCore

/// Mints codes with ``DiscountCodeGenerator`` and the system's secure random source.
enum DiscountIssuer {
    /// A new code for the cart (not yet stored).
    static func mint(offer: DiscountOffer, cart: Cart, now: Date) -> Discount {
        var generator = SystemRandomNumberGenerator()
        return DiscountCodeGenerator.mint(offer: offer, cart: cart, now: now, using: &generator)
    }
}
