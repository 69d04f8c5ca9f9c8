import Foundation
import ReclaimCore

/// Mints unique, expiring, single-use codes tied to one cart: eight characters from an alphabet
/// without look-alikes (no 0, O, 1, I), always mixing letters and digits so a shopper can read one
/// aloud. A new tier supersedes the cart's earlier codes when the outbox stores it.
enum DiscountIssuer {
    static let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
    static let digits = Array("23456789")

    /// A new code for the cart (not yet stored).
    static func mint(offer: DiscountOffer, cart: Cart, now: Date) -> Discount {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Self.letters + Self.digits
        var characters = (0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        characters.insert(Self.letters[Int.random(in: 0..<Self.letters.count, using: &generator)], at: 0)
        characters.append(Self.digits[Int.random(in: 0..<Self.digits.count, using: &generator)])
        let code = String(characters)
        return Discount(
            id: "dsc_\(code.lowercased())_\(Int(now.timeIntervalSince1970))", storeID: cart.storeID, cartID: cart.id,
            code: code, type: offer.type, value: offer.value, tier: offer.tier, expiresAt: now.addingTimeInterval(offer.expiresAfter),
            createdAt: now)
    }
}
