import Foundation

/// Converts amounts written in major units in flow files (`60`, `12.50`) to minor units.
///
/// The exponent comes from ``CurrencyExponent`` (0 for JPY and KRW, 3 for KWD and BHD, otherwise 2).
enum CurrencyAmount {
    /// `major` in minor units of `currency`, rounded half away from zero; clamped to `Int` (a
    /// written `1e300` would trap `Int(_:)`).
    static func minorUnits(major: Double, currency: String) -> Int {
        var scale = 1.0
        for _ in 0..<CurrencyExponent.of(currency) { scale *= 10 }
        return Int(clamping: (major * scale).rounded(.toNearestOrAwayFromZero))
    }
}
