import Foundation

/// What the discount rules say about one cart at one moment.
public enum DiscountDecision: Sendable, Hashable {
    /// Create a code for `offer` on the platform; then deactivate `supersedes` (the cart's active lower codes),
    /// so the shopper holds exactly one valid code. `eligibleSubtotal` is what the code may apply to.
    case issue(DiscountOffer, eligibleSubtotal: Int, supersedes: [Discount])
    /// The cart already holds an active code at this tier or above: send that one again.
    case keep(Discount)
    /// No discount now, and why.
    case refuse(DiscountRefusal)
}

/// Everything the rules need to decide, all passed in (the core has no clock and no database).
public struct DiscountRequest: Sendable, Hashable {
    /// The flow's ladder.
    public var ladder: DiscountLadder
    /// The tier the step (or the assistant) asks for; lower tiers are tried when it is capped.
    public var requestedTier: Int
    /// Whether this is the journey's first message.
    public var isFirstMessage: Bool
    /// The cart's lines.
    public var cart: DiscountCart
    /// Codes already issued to this cart, any status.
    public var issuedToCart: [Discount]
    /// Codes issued to the same shopper for their other carts, any status.
    public var issuedToShopper: [Discount]
    /// The store's limits.
    public var policy: DiscountPolicy
    /// Now.
    public var now: Date

    /// Creates a request.
    public init(
        ladder: DiscountLadder, requestedTier: Int, isFirstMessage: Bool = false, cart: DiscountCart,
        issuedToCart: [Discount] = [], issuedToShopper: [Discount] = [], policy: DiscountPolicy = DiscountPolicy(), now: Date
    ) {
        self.ladder = ladder
        self.requestedTier = requestedTier
        self.isFirstMessage = isFirstMessage
        self.cart = cart
        self.issuedToCart = issuedToCart
        self.issuedToShopper = issuedToShopper
        self.policy = policy
        self.now = now
    }
}

/// Which tier a cart may get now, given its ladder, the store's limits and the codes already issued.
///
/// The rules, in order: a redeemed code ends discounts for the cart; the first message carries none; a cart
/// that never had a code counts the shopper's other carts against ``DiscountPolicy/perShopperLimit``; lines already on sale or in an
/// excluded category are left out and what remains must reach the tier's minimum; a tier above the margin
/// cap (percent, or cost on the eligible subtotal) falls back to the highest lower tier within it. A cart
/// that already holds an active code at or above the result keeps it.
///
/// ```swift
/// let decision = DiscountEligibility.decide(request)
/// if case .issue(let offer, _, let lower) = decision { /* create offer's code, then deactivate lower */ }
/// ```
public enum DiscountEligibility {
    /// Decides for one cart.
    /// - Parameter request: The cart, ladder, limits, issued codes and `now`.
    /// - Returns: Issue a new tier, keep the held code, or refuse with the reason.
    public static func decide(_ request: DiscountRequest) -> DiscountDecision {
        let candidates = request.ladder.tiers.filter { $0.tier <= request.requestedTier }.reversed()
        guard !request.ladder.isEmpty, !candidates.isEmpty else { return .refuse(.noTier) }
        if request.issuedToCart.contains(where: { $0.status == .redeemed }) { return .refuse(.alreadyRedeemed) }
        if request.isFirstMessage { return .refuse(.firstMessage) }
        let held = request.issuedToCart.filter { $0.state(at: request.now) == .active }.max { $0.tier < $1.tier }
        // A cart that already got a code is already counted; only a new cart can pass the shopper's limit.
        if request.issuedToCart.isEmpty, let refusal = self.shopperLimit(request) { return .refuse(refusal) }
        let eligible = request.cart.eligibleLines(under: request.policy)
        guard !eligible.isEmpty else { return .refuse(.nothingEligible) }
        let subtotal = eligible.reduce(0) { $0.saturatingAdding($1.total) }
        var firstRefusal: DiscountRefusal?
        for offer in candidates {
            if let held, held.tier >= offer.tier { return .keep(held) }
            if let minimum = offer.minimumCartValue, subtotal < minimum {
                firstRefusal = firstRefusal ?? .belowMinimum(minimum: minimum, eligibleSubtotal: subtotal)
                continue
            }
            guard self.withinCap(offer, subtotal: subtotal, policy: request.policy) else {
                firstRefusal = firstRefusal ?? .marginCap
                continue
            }
            let lower = request.issuedToCart.filter { $0.state(at: request.now) == .active && $0.tier < offer.tier }
            return .issue(offer, eligibleSubtotal: subtotal, supersedes: lower)
        }
        if let held { return .keep(held) }
        return .refuse(firstRefusal ?? .noTier)
    }

    /// The tier the assistant may offer when a shopper asks: the next rung above the cart's highest code.
    /// - Parameters:
    ///   - ladder: The cart's flow ladder.
    ///   - issuedToCart: The cart's codes.
    /// - Returns: The tier to request, or `nil` when the ladder has nothing higher.
    public static func nextTier(ladder: DiscountLadder, issuedToCart: [Discount]) -> Int? {
        ladder.next(after: issuedToCart.map(\.tier).max())?.tier
    }

    static func shopperLimit(_ request: DiscountRequest) -> DiscountRefusal? {
        guard let limit = request.policy.perShopperLimit else { return nil }
        let since = request.now.addingTimeInterval(-request.policy.perShopperWindow)
        let thisCart = Set(request.issuedToCart.map(\.cartID))
        let carts = Set(request.issuedToShopper.filter { $0.createdAt > since && !thisCart.contains($0.cartID) }.map(\.cartID))
        return carts.count >= limit ? .shopperLimitReached(limit: limit) : nil
    }

    static func withinCap(_ offer: DiscountOffer, subtotal: Int, policy: DiscountPolicy) -> Bool {
        if offer.type == .percent, let maxPercent = policy.maxPercent, offer.value > maxPercent { return false }
        if let maxAmount = policy.maxAmount, offer.cost(onSubtotal: subtotal) > maxAmount { return false }
        return true
    }
}
