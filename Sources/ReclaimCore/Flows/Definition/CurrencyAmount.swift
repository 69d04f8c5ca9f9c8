import Foundation

/// Converts amounts written in major units in flow files (`60`, `12.50`) to minor units.
///
/// The exponent table matches ISO 4217 (0 for JPY and KRW, 3 for KWD and BHD, otherwise 2).
enum CurrencyAmount {
    private static let zeroDecimal: Set<String> = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF",
        "XOF", "XPF",
    ]
    private static let threeDecimal: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    /// Decimal digits of the currency's minor unit.
    static func exponent(for currency: String) -> Int {
        let code = currency.uppercased()
        if self.zeroDecimal.contains(code) { return 0 }
        if self.threeDecimal.contains(code) { return 3 }
        return 2
    }

    /// `major` in minor units of `currency`, rounded half away from zero; clamped to `Int` (a
    /// written `1e300` would trap `Int(_:)`).
    static func minorUnits(major: Double, currency: String) -> Int {
        var scale = 1.0
        for _ in 0..<self.exponent(for: currency) { scale *= 10 }
        return Int(clamping: (major * scale).rounded(.toNearestOrAwayFromZero))
    }
}
