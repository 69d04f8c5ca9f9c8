import Foundation

/// The `holdout` of `GET …/stats`: messaged carts against held-out carts (never messaged), their
/// recovery rates, the lift (difference of the rates) with Newcombe's hybrid score interval, the lift
/// in revenue per cart with a percentile bootstrap interval, and whether the data says anything.
public struct HoldoutReport: Sendable, Hashable, Codable {
    /// One group's carts, recoveries and rate.
    public struct Group: Sendable, Hashable, Codable {
        public var carts: Int
        public var recovered: Int
        /// `recovered / carts`, `nil` without carts.
        public var rate: Double?
    }

    /// Revenue per cart, messaged minus held out (minor units), with its bootstrap interval.
    public struct RevenueLift: Sendable, Hashable, Codable {
        public var lift: Double
        public var interval: ConfidenceInterval
    }

    public var treated: Group
    public var control: Group
    /// `treated.rate − control.rate`, `nil` when a group is empty.
    public var lift: Double?
    /// Newcombe's hybrid score interval of the lift, `nil` when a group is empty.
    public var interval: ConfidenceInterval?
    /// The lift in revenue per cart.
    public var revenuePerCart: RevenueLift?
    /// ``HoldoutVerdict/enoughData(treated:control:interval:)``.
    public var enoughData: Bool
    /// ``HoldoutVerdict/sentence(treated:control:interval:)``.
    public var sentence: String

    enum CodingKeys: String, CodingKey {
        case treated, control, lift, interval
        case revenuePerCart = "revenue_per_cart"
        case enoughData = "enough_data"
        case sentence
    }

    /// The report of `arms` (every flow and variant; holdout arms against the others).
    /// - Parameters:
    ///   - resamples: Bootstrap rounds.
    ///   - generator: The bootstrap's randomness (``SeededRandom`` for a repeatable figure).
    public init(arms: [ArmCounts], resamples: Int = 1_000, using generator: inout some RandomNumberGenerator) {
        let treated = arms.filter { !$0.holdout }
        let control = arms.filter(\.holdout)
        func group(_ arms: [ArmCounts]) -> Group {
            let carts = arms.reduce(0) { $0 + $1.carts }
            let recovered = arms.reduce(0) { $0 + $1.recovered }
            return Group(carts: carts, recovered: recovered, rate: carts > 0 ? Double(recovered) / Double(carts) : nil)
        }
        self.treated = group(treated)
        self.control = group(control)
        if let t = self.treated.rate, let c = self.control.rate { self.lift = t - c }
        self.interval = NewcombeDifference.interval(
            first: (self.treated.recovered, self.treated.carts), second: (self.control.recovered, self.control.carts))
        if let result = BootstrapLift.lift(
            treated: .init(carts: self.treated.carts, revenues: treated.flatMap(\.revenues)),
            control: .init(carts: self.control.carts, revenues: control.flatMap(\.revenues)), resamples: resamples, using: &generator)
        {
            self.revenuePerCart = RevenueLift(lift: result.lift, interval: result.interval)
        }
        self.enoughData = HoldoutVerdict.enoughData(treated: self.treated.carts, control: self.control.carts, interval: self.interval)
        self.sentence = HoldoutVerdict.sentence(treated: self.treated.carts, control: self.control.carts, interval: self.interval)
    }
}
