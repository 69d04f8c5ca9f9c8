/// Currency facts: ISO 4217 minor-unit exponents and per-language symbols.
extension MoneyFormatter {
    /// Decimal places of a currency's minor unit (ISO 4217): 0 for JPY, KRW, VND, CLP, ISK…,
    /// 3 for BHD, KWD, OMR, JOD, TND, IQD, LYD, and 2 for everything else.
    /// - Parameter currency: ISO 4217 code, any case.
    public static func minorUnitExponent(of currency: String) -> Int {
        let code = currency.uppercased()
        if Self.zeroDecimalCurrencies.contains(code) { return 0 }
        if Self.threeDecimalCurrencies.contains(code) { return 3 }
        return 2
    }

    private static let zeroDecimalCurrencies: Set<String> = [
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF",
        "XOF", "XPF",
    ]
    private static let threeDecimalCurrencies: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    /// Dollar-like currencies written `$` in their home region.
    private static let homeCurrencies: [String: String] = [
        "US": "USD", "PR": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "MX": "MXN", "SG": "SGD", "HK": "HKD",
    ]

    private static let englishSymbols: [String: String] = [
        "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "MXN": "MX$",
        "HKD": "HK$", "SGD": "SGD", "INR": "₹", "CNY": "CN¥", "KRW": "₩", "BRL": "R$", "ILS": "₪", "TWD": "NT$",
        "VND": "₫", "PHP": "₱",
    ]
    private static let spanishSymbols: [String: String] = ["EUR": "€", "USD": "US$", "GBP": "GBP", "JPY": "JPY"]
    private static let frenchSymbols: [String: String] = [
        "EUR": "€", "USD": "$US", "CAD": "$CA", "GBP": "£GB", "AUD": "$AU", "JPY": "JPY", "CHF": "CHF",
    ]

    /// The symbol the locale writes for a currency; the ISO code when it knows none.
    func symbol(for currency: String) -> String {
        let code = currency.uppercased()
        let home = self.locale.region.flatMap { Self.homeCurrencies[$0] }
        switch self.locale.language {
        case .en:
            if code == home { return "$" }
            if code == "USD" && home != nil { return "US$" }
            return Self.englishSymbols[code] ?? code
        case .es:
            if self.locale.usesAmericanSpanishNumbers {
                if code == home { return "$" }
                return code == "EUR" ? "€" : code
            }
            return Self.spanishSymbols[code] ?? code
        case .fr:
            if self.locale.region == "CA" {
                if code == "CAD" { return "$" }
                if code == "USD" { return "$ US" }
            }
            return Self.frenchSymbols[code] ?? code
        }
    }
}
