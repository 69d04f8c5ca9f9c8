import Foundation

extension DiscountOffer {
    /// Whether this offer is a step up from `lower` on a ladder, or `nil` when the two cannot be compared
    /// without a cart (a percentage against a fixed amount).
    ///
    /// Free shipping is the lowest money-saving rung: any percentage or fixed amount is above it, and it is
    /// below both. Two offers of the same type compare by value.
    /// - Parameter lower: The rung before this one.
    /// - Returns: `true` when this offer gives more, `false` when it gives the same or less, `nil` when unknown.
    public func isStepUp(from lower: DiscountOffer) -> Bool? {
        switch (lower.type, self.type) {
        case (.freeShipping, .freeShipping): false
        case (.freeShipping, _): true
        case (_, .freeShipping): false
        case (.percent, .percent), (.fixedAmount, .fixedAmount): self.value > lower.value
        case (.percent, .fixedAmount), (.fixedAmount, .percent): nil
        }
    }

    /// What the offer takes off a subtotal, in minor units: the percentage of `subtotal` (rounded half up),
    /// the fixed amount (never more than the subtotal), or 0 for free shipping (the shipping cost is not known here).
    /// - Parameter subtotal: The eligible subtotal in minor units.
    public func cost(onSubtotal subtotal: Int) -> Int {
        switch self.type {
        case .percent:
            let (product, overflow) = max(subtotal, 0).multipliedReportingOverflow(by: self.value)
            return overflow ? Int.max / 100 : (product + 50) / 100
        case .fixedAmount:
            return min(self.value, max(subtotal, 0))
        case .freeShipping:
            return 0
        }
    }
}
