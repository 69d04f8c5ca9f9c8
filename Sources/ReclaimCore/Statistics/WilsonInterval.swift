import Foundation

/// The Wilson score interval for one proportion `successes / trials`.
///
/// Unlike the normal ("Wald") interval it stays inside [0, 1] and does not collapse to a point at 0 or
/// `trials` successes: 0 of 20 gives 0 to 0.1611, not 0 to 0. Method 3 of Newcombe, "Two-sided
/// confidence intervals for the single proportion: comparison of seven methods", Statistics in
/// Medicine 17:857–872 (1998); the tests check its Table I.
public enum WilsonInterval {
    /// The method's name in ``ConfidenceInterval/method``.
    public static let method = "wilson"

    /// The interval, or `nil` when `trials` is not positive or `successes` is outside `0...trials`.
    public static func interval(successes: Int, trials: Int, level: Double = 0.95) -> ConfidenceInterval? {
        guard trials > 0, (0...trials).contains(successes) else { return nil }
        let z = ConfidenceInterval.z(level: level)
        let n = Double(trials)
        let r = Double(successes)
        let p = r / n
        let denominator = 2 * (n + z * z)
        let center = (2 * r + z * z) / denominator
        let half = z * (z * z + 4 * r * (1 - p)).squareRoot() / denominator
        // At 0 and `trials` successes the bound is exactly 0 or 1; rounding must not move it.
        let low = successes == 0 ? 0 : max(0, center - half)
        let high = successes == trials ? 1 : min(1, center + half)
        return ConfidenceInterval(low: low, high: high, level: level, method: self.method)
    }
}
