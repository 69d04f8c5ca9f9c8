/// Currency facts: per-language symbols (the minor-unit exponents live in ``CurrencyExponent``).
extension MoneyFormatter {
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
