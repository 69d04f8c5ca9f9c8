import Foundation

/// The journeys of one arm of one flow (holdout or messaged, one variant) whose cart was abandoned in
/// the range: how many, how many recovered, and the money.
public struct ArmCounts: Sendable, Hashable {
    /// The flow.
    public var flow: String
    /// The variant arm, `nil` for a flow without variants.
    public var variant: String?
    /// Whether the arm is the holdout (never messaged).
    public var holdout: Bool
    /// Carts (one journey each).
    public var carts: Int
    /// Of those, carts an order recovered.
    public var recovered: Int
    /// The revenue (minor units, store currency) of each recovered cart's paid order.
    public var revenues: [Int]
    /// What the arm's messages cost.
    public var messageCost: Int
    /// What the arm's redeemed discount codes cost.
    public var discountCost: Int

    /// Creates arm counts.
    public init(
        flow: String, variant: String?, holdout: Bool, carts: Int, recovered: Int, revenues: [Int] = [], messageCost: Int = 0,
        discountCost: Int = 0
    ) {
        self.flow = flow
        self.variant = variant
        self.holdout = holdout
        self.carts = carts
        self.recovered = recovered
        self.revenues = revenues
        self.messageCost = messageCost
        self.discountCost = discountCost
    }
}
