import Foundation

/// One entry of `experiments` in `GET …/stats`: a flow's variants (messaged carts only; the holdout is
/// reported apart), each with its recovery rate, Wilson interval and probability of being best.
///
/// Variants are assigned per flow (``ExperimentAssignment``), so `step` is `nil`: the same arm runs on
/// every step that has variants.
public struct ExperimentReport: Sendable, Hashable, Codable {
    /// One variant arm.
    public struct Variant: Sendable, Hashable, Codable {
        public var name: String
        public var carts: Int
        public var recovered: Int
        /// `recovered / carts`.
        public var rate: Double?
        /// Recovered revenue minus discount and message cost (minor units).
        public var revenueNet: Int
        /// The Wilson interval of `rate`.
        public var interval: ConfidenceInterval?
        /// The probability that this variant's true rate is the highest (Beta(1 + s, 1 + f) posteriors).
        public var probabilityBest: Double?

        enum CodingKeys: String, CodingKey {
            case name, carts, recovered, rate
            case revenueNet = "revenue_net"
            case interval
            case probabilityBest = "probability_best"
        }
    }

    public var flow: String
    public var step: Int?
    public var variants: [Variant]
    /// Each variant's probability of being best, by name.
    public var probabilityBest: [String: Double]

    enum CodingKeys: String, CodingKey {
        case flow, step, variants
        case probabilityBest = "probability_best"
    }

    /// One report per flow with at least two variants among `arms`, flows and variants sorted by name.
    public static func reports(arms: [ArmCounts]) -> [ExperimentReport] {
        let byFlow = Dictionary(grouping: arms.filter { !$0.holdout && $0.variant != nil }, by: \.flow)
        return byFlow.keys.sorted().compactMap { flow -> ExperimentReport? in
            let variants = Dictionary(grouping: byFlow[flow] ?? [], by: { $0.variant ?? "" })
            guard variants.count >= 2 else { return nil }
            let names = variants.keys.sorted()
            let totals = names.map { name -> (carts: Int, recovered: Int, net: Int) in
                let arms = variants[name] ?? []
                let revenue = arms.reduce(0) { $0 + $1.revenues.reduce(0, +) }
                let costs = arms.reduce(0) { $0 + $1.messageCost + $1.discountCost }
                return (arms.reduce(0) { $0 + $1.carts }, arms.reduce(0) { $0 + $1.recovered }, revenue - costs)
            }
            let best = ProbabilityBest.probabilities(totals.map { (successes: $0.recovered, trials: $0.carts) })
            let reported = zip(names, zip(totals, best)).map { name, pair in
                Variant(
                    name: name, carts: pair.0.carts, recovered: pair.0.recovered,
                    rate: pair.0.carts > 0 ? Double(pair.0.recovered) / Double(pair.0.carts) : nil, revenueNet: pair.0.net,
                    interval: WilsonInterval.interval(successes: pair.0.recovered, trials: pair.0.carts), probabilityBest: pair.1)
            }
            return ExperimentReport(
                flow: flow, step: nil, variants: reported,
                probabilityBest: Dictionary(uniqueKeysWithValues: zip(names, best)))
        }
    }
}
