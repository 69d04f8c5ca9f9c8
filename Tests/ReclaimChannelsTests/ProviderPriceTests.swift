import Foundation
import ReclaimChannels
import ReclaimCore
import Testing

/// Provider prices convert to minor units by Core's one ISO 4217 table.
@Suite struct ProviderPriceTests {
    /// A price of exactly 1 major unit is 10^exponent minor units for every currency, known or not.
    @Test(arguments: ["USD", "EUR", "JPY", "krw", "VND", "CLP", "KWD", "BHD", "OMR", "IQD", "XYZ"])
    func followsTheCoreTable(currency: String) {
        var one = 1
        for _ in 0..<CurrencyExponent.of(currency) { one *= 10 }
        let price = ProviderPrice(amount: 1, currency: currency)
        #expect(price.money() == Money(minor: one, currency: currency.uppercased()))
    }

    @Test(arguments: [("0.0075", "USD", 1), ("1.5", "JPY", 2), ("0.0001", "KWD", 1), ("-0.0075", "USD", 1)])
    func roundsUpToTheMinorUnit(amount: String, currency: String, minor: Int) {
        #expect(ProviderPrice(amount: amount, currency: currency)?.money().minor == minor)
    }
}
