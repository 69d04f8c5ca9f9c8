import Foundation

/// Makes discount codes a shopper can read in a text and nobody can guess.
///
/// Ten characters from 32 symbols without look-alikes (no `0`, `O`, `1`, `I`): a letter first, a digit
/// last, eight of either between: about 47.6 bits of entropy, so guessing one live code among a store's
/// thousands takes billions of tries. Randomness is passed in (the server uses `SystemRandomNumberGenerator`).
///
/// ```swift
/// var random = SystemRandomNumberGenerator()
/// DiscountCodeGenerator.code(using: &random)   // "K7XQ3MRA9P"
/// ```
public enum DiscountCodeGenerator {
    /// Letters without `I` and `O`.
    public static let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
    /// Digits without `0` and `1`.
    public static let digits = Array("23456789")
    /// Every symbol a code may use.
    public static let alphabet = letters + digits
    /// Characters in a code.
    public static let length = 10

    /// Bits of entropy in one code.
    public static var entropyBits: Double {
        log2(Double(letters.count)) + Double(length - 2) * log2(Double(alphabet.count)) + log2(Double(digits.count))
    }

    /// A new code.
    /// - Parameter generator: The source of randomness; use `SystemRandomNumberGenerator` outside tests.
    public static func code(using generator: inout some RandomNumberGenerator) -> String {
        var characters: [Character] = [self.letters.randomElement(using: &generator)!]
        for _ in 0..<(self.length - 2) { characters.append(self.alphabet.randomElement(using: &generator)!) }
        characters.append(self.digits.randomElement(using: &generator)!)
        return String(characters)
    }

    /// A new, not yet stored code for `offer` on `cart`, valid from `now` for the offer's expiry.
    /// - Parameters:
    ///   - offer: The tier to issue.
    ///   - cart: The cart it is tied to.
    ///   - now: Issue time.
    ///   - generator: The source of randomness.
    public static func mint(offer: DiscountOffer, cart: Cart, now: Date, using generator: inout some RandomNumberGenerator) -> Discount {
        let code = self.code(using: &generator)
        return Discount(
            id: "dsc_\(code.lowercased())_\(Int(now.timeIntervalSince1970))", storeID: cart.storeID, cartID: cart.id,
            code: code, type: offer.type, value: offer.value, tier: offer.tier,
            expiresAt: now.addingTimeInterval(offer.expiresAfter), createdAt: now)
    }
}
