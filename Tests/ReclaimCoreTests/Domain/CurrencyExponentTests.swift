import Foundation
import Testing

@testable import ReclaimCore

/// The one ISO 4217 table, and the Core conversions that read it.
@Suite struct CurrencyExponentTests {
    static let table: [(String, Int)] = [
        ("JPY", 0), ("jpy", 0), ("KRW", 0), ("VND", 0), ("CLP", 0), ("ISK", 0), ("UGX", 0), ("XOF", 0), ("XPF", 0),
        ("PYG", 0), ("BIF", 0),
        ("KWD", 3), ("BHD", 3), ("JOD", 3), ("OMR", 3), ("TND", 3), ("LYD", 3), ("IQD", 3), ("kwd", 3),
        ("USD", 2), ("EUR", 2), ("GBP", 2), ("CAD", 2), ("MXN", 2), ("SEK", 2),
        ("XYZ", 2), ("", 2), ("usd", 2),
    ]

    @Test(arguments: table)
    func exponents(currency: String, exponent: Int) {
        #expect(CurrencyExponent.of(currency) == exponent)
    }

    /// Every code in the table, known or not: the money formatter prints exactly `exponent` decimals.
    @Test(arguments: table)
    func moneyFormatterAgrees(currency: String, exponent: Int) {
        let text = MoneyFormatter(locale: TemplateLocale("en")).string(Money(minor: 1, currency: currency))
        let decimals = text.split(separator: ".").dropFirst().first.map { $0.prefix { $0.isNumber }.count } ?? 0
        #expect(decimals == exponent, "\(currency): \(text)")
    }

    /// Flow amounts written in major units scale by the same exponent (`1` → 10^exponent).
    @Test(arguments: table)
    func flowAmountsAgree(currency: String, exponent: Int) {
        var one = 1
        for _ in 0..<exponent { one *= 10 }
        #expect(CurrencyAmount.minorUnits(major: 1, currency: currency) == one)
    }
}
