/// Formats minor units for a reply without floating point: `7500` USD → `$75`, `750` → `$7.50`.
public enum MoneyFormatter {
    /// The amount with its currency symbol (or code), cents only when not whole.
    /// - Parameters:
    ///   - minor: amount in minor units.
    ///   - currency: ISO 4217 code.
    public static func format(_ minor: Int, currency: String) -> String {
        let digits = self.zeroDecimal.contains(currency.uppercased()) ? 0 : 2
        let scale = digits == 0 ? 1 : 100
        let whole = abs(minor) / scale, cents = abs(minor) % scale
        let number = cents == 0 ? "\(whole)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        let sign = minor < 0 ? "-" : ""
        switch currency.uppercased() {
        case "USD", "CAD", "AUD", "NZD", "MXN": return "\(sign)$\(number)"
        case "EUR": return "\(sign)\(number) EUR"
        case "GBP": return "\(sign)£\(number)"
        case "JPY": return "\(sign)¥\(number)"
        default: return "\(sign)\(number) \(currency.uppercased())"
        }
    }

    private static let zeroDecimal: Set<String> = ["JPY", "KRW", "CLP", "VND", "ISK", "HUF"]
}
