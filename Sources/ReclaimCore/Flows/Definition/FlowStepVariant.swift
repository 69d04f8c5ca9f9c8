import Foundation

/// One arm of an A/B experiment on a step: a label, a weight and what it changes.
///
/// The shopper's arm is chosen by ``ExperimentAssignment`` from the cart id, so it never changes
/// across restarts. Fields left `nil` keep the step's own value.
public struct FlowStepVariant: Codable, Sendable, Hashable {
    /// Label reported per variant (`A`, `B`, `no_discount`).
    public var label: String
    /// Relative weight; arms are chosen in proportion to their weights.
    public var weight: Double
    /// Template key used instead of the step's.
    public var template: String?
    /// Delay used instead of the step's.
    public var delay: TimeInterval?
    /// Discount offered instead of the step's.
    public var discount: DiscountOffer?
    /// This arm offers no discount even when the step does (YAML `discount: none`).
    public var removesDiscount: Bool

    /// Creates a variant.
    /// - Parameters:
    ///   - label: Variant label.
    ///   - weight: Relative weight, greater than 0.
    ///   - template: Template override.
    ///   - delay: Delay override.
    ///   - discount: Discount override.
    ///   - removesDiscount: Whether this arm drops the step's discount.
    public init(
        label: String, weight: Double = 1, template: String? = nil, delay: TimeInterval? = nil,
        discount: DiscountOffer? = nil, removesDiscount: Bool = false
    ) {
        self.label = label
        self.weight = weight
        self.template = template
        self.delay = delay
        self.discount = discount
        self.removesDiscount = removesDiscount
    }
}
