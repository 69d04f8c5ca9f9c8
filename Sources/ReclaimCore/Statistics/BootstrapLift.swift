import Foundation

/// The lift in revenue per cart (treated mean − control mean, minor units) with a percentile bootstrap
/// interval (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993, §13.3).
///
/// Each arm is the revenue of every cart in it; most carts bring 0, so an arm is given as its cart count
/// and the revenues of the carts that brought something. Each of `resamples` rounds draws every arm's
/// carts again with replacement and records the difference of the means; the interval is the
/// (1 − level)/2 and (1 + level)/2 quantiles of those differences. Randomness is passed in (use
/// ``SeededRandom`` so the figure is repeatable). Cost: `resamples × (treated + control carts)` draws, so
/// from ``largeSample`` carts in the two arms, where the central limit theorem holds and the bootstrap would
/// only agree with it slowly, the interval is the normal one: difference ± z × √(s²ₜ/nₜ + s²꜀/n꜀).
public enum BootstrapLift {
    /// The method's name in ``ConfidenceInterval/method``.
    public static let method = "percentile_bootstrap"
    /// The method's name when the arms are large together.
    public static let normalMethod = "normal"
    /// Carts in the two arms together from which the normal interval replaces the bootstrap (a holdout of
    /// 5% then still has 2,000 carts).
    public static let largeSample = 40_000

    /// One arm: how many carts, and the revenue (minor units) of those that brought any.
    public struct Arm: Sendable, Hashable {
        /// Carts in the arm.
        public var carts: Int
        /// The revenue of each cart with revenue; the other `carts − revenues.count` carts brought 0.
        public var revenues: [Int]

        /// Creates an arm; `revenues.count` must not exceed `carts`.
        public init(carts: Int, revenues: [Int]) {
            self.carts = max(carts, revenues.count)
            self.revenues = revenues
        }

        /// Revenue per cart.
        public var mean: Double { self.carts > 0 ? Double(self.revenues.reduce(0, +)) / Double(self.carts) : 0 }

        /// The sample variance of the carts' revenues (the zero carts included).
        var variance: Double {
            guard self.carts > 1 else { return 0 }
            let mean = self.mean
            let squares = self.revenues.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
            let zeros = Double(self.carts - self.revenues.count) * mean * mean
            return (squares + zeros) / Double(self.carts - 1)
        }

        /// The mean of one resample drawn with replacement.
        func resampledMean(using generator: inout some RandomNumberGenerator) -> Double {
            var sum = 0
            for _ in 0..<self.carts {
                let index = Int.random(in: 0..<self.carts, using: &generator)
                if index < self.revenues.count { sum += self.revenues[index] }
            }
            return Double(sum) / Double(self.carts)
        }
    }

    /// The observed lift and its interval, or `nil` when an arm has no carts or `resamples` < 1.
    public static func lift(
        treated: Arm, control: Arm, resamples: Int = 1_000, level: Double = 0.95, using generator: inout some RandomNumberGenerator
    ) -> (lift: Double, interval: ConfidenceInterval)? {
        guard treated.carts > 0, control.carts > 0, resamples > 0 else { return nil }
        let lift = treated.mean - control.mean
        if treated.carts + control.carts >= self.largeSample {
            let half =
                ConfidenceInterval.z(level: level)
                * (treated.variance / Double(treated.carts) + control.variance / Double(control.carts)).squareRoot()
            return (lift, ConfidenceInterval(low: lift - half, high: lift + half, level: level, method: self.normalMethod))
        }
        var differences: [Double] = []
        differences.reserveCapacity(resamples)
        for _ in 0..<resamples {
            differences.append(treated.resampledMean(using: &generator) - control.resampledMean(using: &generator))
        }
        differences.sort()
        let interval = ConfidenceInterval(
            low: self.quantile(differences, (1 - level) / 2), high: self.quantile(differences, (1 + level) / 2), level: level,
            method: self.method)
        return (lift, interval)
    }

    /// The `q` quantile of sorted `values`, interpolating between neighbours (type 7 of Hyndman & Fan 1996).
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        let position = q * Double(values.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, values.count - 1)
        let fraction = position - Double(below)
        return values[below] + (values[above] - values[below]) * fraction
    }
}
