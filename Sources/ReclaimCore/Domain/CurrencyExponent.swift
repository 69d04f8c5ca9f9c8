/// The one ISO 4217 minor-unit table: how many decimal digits a currency's minor unit has.
///
/// Every conversion between major and minor units (parsers, the money formatter, flow amounts,
/// provider prices) reads this table; no other copy exists.
///
/// ```swift
/// CurrencyExponent.of("USD")  // 2
/// CurrencyExponent.of("jpy")  // 0
/// CurrencyExponent.of("KWD")  // 3
/// CurrencyExponent.of("XYZ")  // 2 (unknown codes use the common default)
/// ```
public enum CurrencyExponent {
    /// Currencies whose minor unit is the major unit.
    public static let zeroDecimal: Set<String> = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF",
        "XOF", "XPF",
    ]
    /// Currencies with a thousandth minor unit.
    public static let threeDecimal: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    /// The exponent of `currency`: 0, 3, or 2 for every other (and every unknown) code.
    /// - Parameter currency: An ISO 4217 code, any case.
    public static func of(_ currency: String) -> Int {
        let code = currency.uppercased()
        if self.zeroDecimal.contains(code) { return 0 }
        if self.threeDecimal.contains(code) { return 3 }
        return 2
    }
}
