/// Writes ``Money`` the way a shopper's locale expects, with rules written out here rather than
/// taken from the host's ICU data, so every machine prints the same text:
///
/// | locale | USD | EUR | JPY |
/// |---|---|---|---|
/// | `en`, `en-US` | `$1,234.50` | `€1,234.50` | `¥1,234` |
/// | `es`, `es-ES` | `1234,50 US$` | `1234,50 €` (`12.345,50 €`) | `1234 JPY` |
/// | `es-US` (`es-MX` for MXN) | `$1,234.50` | `€1,234.50` | `JPY 1,234` |
/// | `fr`, `fr-FR` | `1 234,50 $US` | `1 234,50 €` | `1 234 JPY` |
/// | `fr-CA` | `1 234,50 $ US` | `1 234,50 €` | `1 234 JPY` |
///
/// Separators are plain spaces (not the no-break spaces CLDR prescribes) so the text stays in
/// the GSM-7 alphabet; `€` costs two GSM-7 septets. The number of decimals is the currency's
/// ISO 4217 minor-unit exponent (``CurrencyExponent``).
///
/// ```swift
/// MoneyFormatter(locale: TemplateLocale("fr")).string(Money(minor: 4250, currency: "EUR"))   // "42,50 €"
/// ```
public struct MoneyFormatter: Sendable, Hashable {
    /// The locale whose conventions are used.
    public var locale: TemplateLocale

    /// Creates a formatter.
    /// - Parameter locale: the shopper's locale.
    public init(locale: TemplateLocale) {
        self.locale = locale
    }

    /// Formats an amount.
    /// - Parameters:
    ///   - money: the amount in minor units.
    ///   - omitZeroFraction: write `$10` rather than `$10.00` when there is no fraction (offers).
    /// - Returns: the localized amount.
    public func string(_ money: Money, omitZeroFraction: Bool = false) -> String {
        let exponent = CurrencyExponent.of(money.currency)
        var divisor = 1
        for _ in 0..<exponent { divisor *= 10 }
        let magnitude = money.minor.magnitude
        let whole = Int(clamping: magnitude / UInt(divisor))
        let fraction = Int(magnitude % UInt(divisor))
        let style = self.style
        var number = Self.group(whole, separator: style.grouping, minimumDigits: style.minimumGroupingDigits)
        if exponent > 0 && !(omitZeroFraction && fraction == 0) {
            let digits = String(fraction)
            number += style.decimal + String(repeating: "0", count: exponent - digits.count) + digits
        }
        let symbol = self.symbol(for: money.currency)
        let body =
            style.symbolFirst
            ? symbol + (symbol.last?.isLetter == true ? " " : "") + number
            : number + " " + symbol
        return (money.minor < 0 ? "-" : "") + body
    }

    /// Separators and symbol placement for the locale.
    private var style: (decimal: String, grouping: String, minimumGroupingDigits: Int, symbolFirst: Bool) {
        switch self.locale.language {
        case .en: (".", ",", 1, true)
        case .es: self.locale.usesAmericanSpanishNumbers ? (".", ",", 1, true) : (",", ".", 2, false)
        case .fr: (",", " ", 1, false)
        }
    }

    /// `1234567` → `1,234,567`; with `minimumDigits` 2, four-digit numbers stay ungrouped (Spanish).
    private static func group(_ value: Int, separator: String, minimumDigits: Int) -> String {
        let digits = Array(String(value))
        guard digits.count > 3 + (minimumDigits - 1) else { return String(digits) }
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
