import Foundation

/// Why a cart gets no discount now. ``code`` is stable for logs and the inbox; ``description`` is a sentence.
public enum DiscountRefusal: Sendable, Hashable, CustomStringConvertible {
    /// The flow (or the assistant's ladder) has no tier to give.
    case noTier
    /// The first message of a journey never carries a discount.
    case firstMessage
    /// Every line is excluded (already discounted or in an excluded category).
    case nothingEligible
    /// What remains eligible is below the tier's minimum (both in minor units).
    case belowMinimum(minimum: Int, eligibleSubtotal: Int)
    /// The shopper already got codes for this many other carts within the window.
    case shopperLimitReached(limit: Int)
    /// Every tier that would be an improvement is above the store's margin cap.
    case marginCap
    /// The cart's code was already used at checkout.
    case alreadyRedeemed
    /// The cart already holds the top tier the ladder allows here.
    case topTierHeld(tier: Int)

    /// A short machine-readable reason (`below_minimum`).
    public var code: String {
        switch self {
        case .noTier: "no_tier"
        case .firstMessage: "first_message"
        case .nothingEligible: "nothing_eligible"
        case .belowMinimum: "below_minimum"
        case .shopperLimitReached: "shopper_limit"
        case .marginCap: "margin_cap"
        case .alreadyRedeemed: "already_redeemed"
        case .topTierHeld: "top_tier_held"
        }
    }

    /// One sentence for a person reading the inbox.
    public var description: String {
        switch self {
        case .noTier: "the flow offers no discount"
        case .firstMessage: "no discount in the first message"
        case .nothingEligible: "every item is excluded from discounts"
        case .belowMinimum(let minimum, let eligible): "eligible subtotal \(eligible) is below the minimum \(minimum)"
        case .shopperLimitReached(let limit): "the shopper already got codes for \(limit) cart(s) in the window"
        case .marginCap: "every higher tier is above the store's margin cap"
        case .alreadyRedeemed: "the cart's code was already used"
        case .topTierHeld(let tier): "the cart already holds tier \(tier)"
        }
    }
}
