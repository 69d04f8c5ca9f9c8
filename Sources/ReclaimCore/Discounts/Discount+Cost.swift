import Foundation

extension Discount {
    /// What the code took off an order: a percentage of the order's subtotal (rounded half up), the fixed amount
    /// (at most the subtotal), or, for free shipping, the shipping the order would have paid when it is known
    /// (0 otherwise). Minor units of the order's currency.
    /// - Parameters:
    ///   - subtotal: The order's subtotal, minor units.
    ///   - shipping: The shipping the code waived, when known.
    public func cost(onSubtotal subtotal: Int, shipping: Int? = nil) -> Int {
        switch self.type {
        case .freeShipping: max(shipping ?? 0, 0)
        case .percent, .fixedAmount: DiscountOffer(type: self.type, value: self.value).cost(onSubtotal: subtotal)
        }
    }
}
