import Foundation

/// Newcombe's hybrid score interval for the difference of two independent proportions, p₁ − p₂.
///
/// Each proportion gets its Wilson interval (l₁, u₁) and (l₂, u₂); the difference's interval is
/// `d − √((p₁ − l₁)² + (u₂ − p₂)²)` to `d + √((u₁ − p₁)² + (p₂ − l₂)²)`. It holds for small samples
/// and zero counts (0/10 − 0/20 gives −0.1611 to 0.2775). Method 10 of Newcombe, "Interval estimation
/// for the difference between independent proportions: comparison of eleven methods", Statistics in
/// Medicine 17:873–890 (1998); the tests check its Table II.
public enum NewcombeDifference {
    /// The method's name in ``ConfidenceInterval/method``.
    public static let method = "newcombe_hybrid_score"

    /// The interval for `first − second`, or `nil` when either arm is empty or a count is out of range.
    public static func interval(
        first: (successes: Int, trials: Int), second: (successes: Int, trials: Int), level: Double = 0.95
    ) -> ConfidenceInterval? {
        guard let one = WilsonInterval.interval(successes: first.successes, trials: first.trials, level: level),
            let two = WilsonInterval.interval(successes: second.successes, trials: second.trials, level: level)
        else { return nil }
        let p1 = Double(first.successes) / Double(first.trials)
        let p2 = Double(second.successes) / Double(second.trials)
        let d = p1 - p2
        let low = d - ((p1 - one.low) * (p1 - one.low) + (two.high - p2) * (two.high - p2)).squareRoot()
        let high = d + ((one.high - p1) * (one.high - p1) + (p2 - two.low) * (p2 - two.low)).squareRoot()
        return ConfidenceInterval(low: max(-1, low), high: min(1, high), level: level, method: self.method)
    }
}
