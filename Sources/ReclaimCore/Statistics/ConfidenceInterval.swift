import Foundation

/// A two-sided confidence interval: its bounds, its level (0.95) and the method that produced it.
public struct ConfidenceInterval: Sendable, Hashable, Codable {
    /// The lower bound.
    public var low: Double
    /// The upper bound.
    public var high: Double
    /// The coverage the method aims at, as a fraction (0.95).
    public var level: Double
    /// The method's name as the API reports it (`wilson`, `newcombe_hybrid_score`, `percentile_bootstrap`).
    public var method: String

    /// Creates an interval.
    public init(low: Double, high: Double, level: Double, method: String) {
        self.low = low
        self.high = high
        self.level = level
        self.method = method
    }

    /// `high − low`.
    public var width: Double { self.high - self.low }

    /// Whether zero lies inside the interval (the data cannot tell the sign of the effect).
    public var containsZero: Bool { self.low <= 0 && self.high >= 0 }

    /// The two-sided normal quantile for `level`: 1.959964 for 0.95.
    public static func z(level: Double) -> Double {
        NormalQuantile.upper((1 - level) / 2)
    }
}

/// The standard normal distribution's quantile (Acklam's rational approximation, relative error below 1.2e-9).
enum NormalQuantile {
    /// The `z` with P(Z > z) = `tail`, for 0 < `tail` < 1.
    static func upper(_ tail: Double) -> Double { -self.lower(tail) }

    /// The `z` with P(Z < z) = `p`.
    static func lower(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
            2.506628277459239e+00,
        ]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
            2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let p = min(max(p, 1e-300), 1 - 1e-16)
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - 0.02425 { return -self.lower(1 - p) }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
