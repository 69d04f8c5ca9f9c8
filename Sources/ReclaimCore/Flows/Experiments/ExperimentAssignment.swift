import Foundation

/// A cart's place in a flow's experiments: holdout or not, and which variant arm.
///
/// Derived only from the cart id and flow name, so every process and every restart computes the
/// same answer, and the journey need not be stored before it is known. Holdout and variants use
/// different salts, so they are independent of each other.
///
/// One experiment per flow: every step with variants picks its arm from the same point, so a
/// shopper whose arm is `B` gets `B` on every step that has a `B` with the same weights.
///
/// ```swift
/// let assignment = ExperimentAssignment(cartID: "c_123", flowName: "carrier-safe")
/// assignment.isHoldout(percent: 10)      // true for about 1 cart in 10, always the same ones
/// assignment.variant(among: step.variants)?.label
/// ```
public struct ExperimentAssignment: Sendable, Hashable {
    /// The cart being assigned.
    public var cartID: String
    /// The flow whose experiment it is.
    public var flowName: String

    /// Creates the assignment for a cart in a flow.
    public init(cartID: String, flowName: String) {
        self.cartID = cartID
        self.flowName = flowName
    }

    /// The cart's point for the holdout split, in `[0, 1)`.
    public var holdoutPoint: Double {
        StableHash.unitInterval("holdout|\(self.flowName)|\(self.cartID)")
    }

    /// The cart's point for variant splits, in `[0, 1)`.
    public var variantPoint: Double {
        StableHash.unitInterval("variant|\(self.flowName)|\(self.cartID)")
    }

    /// Whether the cart is held out of messaging.
    /// - Parameter percent: The flow's holdout share, 0–100.
    public func isHoldout(percent: Double) -> Bool {
        guard percent > 0 else { return false }
        return self.holdoutPoint * 100 < percent
    }

    /// The cart's arm among weighted variants.
    /// - Parameter variants: A step's variants; weights of 0 or less never win.
    /// - Returns: The chosen variant, or `nil` when there are none with a positive weight.
    public func variant(among variants: [FlowStepVariant]) -> FlowStepVariant? {
        let total = variants.reduce(0) { $0 + max($1.weight, 0) }
        guard total > 0 else { return nil }
        let target = self.variantPoint * total
        var cumulative = 0.0
        for variant in variants where variant.weight > 0 {
            cumulative += variant.weight
            if target < cumulative { return variant }
        }
        return variants.last { $0.weight > 0 }
    }
}
