import Foundation
import ReclaimCore
import Testing

@testable import ReclaimCommerce

@Suite struct MinorUnitsTests {
    @Test(arguments: [
        ("249.00", "USD", 24900), ("0.10", "EUR", 10), ("19.9", "USD", 1990), ("1500", "JPY", 1500),
        ("1500.00", "JPY", 1500), ("1.250", "KWD", 1250), ("0.005", "BHD", 5), ("-3.50", "USD", -350),
        ("12", "usd", 1200), (" 7.00 ", "GBP", 700), ("100000000000.00", "USD", 10_000_000_000_000),
    ])
    func exactDecimalTextConverts(text: String, currency: String, minor: Int) throws {
        #expect(try MinorUnits.parse(text, currency: currency) == minor)
    }

    @Test(arguments: ["19.999", "1.5e2", "abc", "", "-", ".5", "5.", "1,000.00", "١٢", "+1.00"])
    func inexactOrMalformedTextThrows(text: String) {
        #expect(throws: CommerceError.invalidMoney(text, field: "price")) {
            try MinorUnits.parse(text, currency: "USD", field: "price")
        }
    }

    @Test(arguments: ["92233720368547758.07", "92233720368547758.08", "100000000000.01"])
    func amountsPastTheLimitAreOutOfRange(text: String) {
        #expect(throws: CommerceError.outOfRange("price", reason: "amount \(text) is out of range: more than 10000000000000 minor units")) {
            try MinorUnits.parse(text, currency: "USD", field: "price")
        }
    }

    @Test func yenWithCentsIsNotExact() {
        #expect(throws: CommerceError.self) { try MinorUnits.parse("1500.50", currency: "JPY") }
    }

    @Test(arguments: [("62.6793", 6268), ("62.6750", 6268), ("62.6749", 6267), ("-1.005", -101), ("0.004", 0)])
    func halfUpRoundsAwayFromZero(text: String, minor: Int) throws {
        #expect(try MinorUnits.parse(text, currency: "USD", rounding: .halfUp) == minor)
    }

    /// The parser reads Core's one ISO 4217 table: `"1"` is 10^exponent minor units, and one more
    /// decimal than the exponent allows is refused.
    @Test(arguments: ["USD", "JPY", "krw", "KWD", "BHD", "EUR", "CLP", "VND", "ISK", "OMR", "IQD", "XYZ"])
    func exponentsFollowTheCoreTable(currency: String) throws {
        let exponent = CurrencyExponent.of(currency)
        var one = 1
        for _ in 0..<exponent { one *= 10 }
        #expect(try MinorUnits.parse("1", currency: currency) == one)
        let tooFine = "0." + String(repeating: "0", count: exponent) + "1"
        #expect(throws: CommerceError.self) { try MinorUnits.parse(tooFine, currency: currency) }
    }

    @Test func decimalsFromJSONConvertWithoutDouble() throws {
        struct Amounts: Decodable {
            var a: Decimal
            var b: Decimal
        }
        let amounts = try JSONDecoder().decode(Amounts.self, from: Data(#"{"a": 0.1, "b": 25.5}"#.utf8))
        #expect(try MinorUnits.from(amounts.a, currency: "USD") == 10)
        #expect(try MinorUnits.from(amounts.b, currency: "USD") == 2550)
        #expect(try MinorUnits.from(Decimal(string: "1e3")!, currency: "USD") == 100000)
    }
}
