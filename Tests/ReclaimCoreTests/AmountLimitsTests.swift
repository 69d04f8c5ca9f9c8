import Foundation
import ReclaimCore
import Testing

/// The bounds every parser applies (issue 16 item 6) and the arithmetic that never traps.
@Suite struct AmountLimitsTests {
    static let max = AmountLimits.maxMinorUnits

    @Test(arguments: [
        (2499, 2, 4998 as Int?), (0, AmountLimits.maxQuantity, 0), (max, 1, max), (max, 2, nil), (-max, 1, -max),
        (-max, 2, nil), (Int.max, 2, nil), (Int.min, -1, nil), (Int.max, Int.max, nil), (10_000_000, 1_000_000, max),
        (10_000_001, 1_000_000, nil),
    ])
    func lineTotalIsTheProductWhenWithinTheLimit(_ price: Int, _ quantity: Int, _ expected: Int?) {
        #expect(AmountLimits.lineTotal(unitPrice: price, quantity: quantity) == expected)
    }

    @Test(arguments: [
        ([], 0 as Int?), ([1, 2, 3], 6), ([max, 0], max), ([max, 1], nil), ([max, 1, -1], nil), ([Int.max, 1], nil),
        ([Int.min, -1], nil), ([-max, -1], nil),
    ])
    func sumIsNilAsSoonAsAPartialSumLeavesTheLimit(_ amounts: [Int], _ expected: Int?) {
        #expect(AmountLimits.sum(amounts) == expected)
    }

    @Test func subtotalChecksEveryLineAndTheSum() {
        func line(_ price: Int, _ quantity: Int) -> LineItem {
            LineItem(productID: "p", title: "T", quantity: quantity, unitPrice: price)
        }
        #expect(AmountLimits.subtotal([line(2499, 2), line(100, 1)]) == 5098)
        #expect(AmountLimits.subtotal([line(Int.max, 2)]) == nil)
        #expect(AmountLimits.subtotal([line(Self.max, 1), line(Self.max, 1)]) == nil)
    }

    @Test func storedValuesPastTheBoundsSaturateInsteadOfTrapping() {
        let huge = LineItem(productID: "p", title: "T", quantity: 2, unitPrice: .max)
        #expect(huge.lineTotal == .max)
        #expect(LineItem(productID: "p", title: "T", quantity: 2, unitPrice: .min).lineTotal == .min)
        #expect((Money(minor: .max, currency: "USD") + Money(minor: 1, currency: "USD")).minor == .max)
        #expect((Money(minor: .min, currency: "USD") * 2).minor == .min)
        #expect((Money(minor: .max, currency: "USD") * -2).minor == .min)
        #expect([Int.max, 1, 1].saturatingSum() == .max)
        #expect(Int.min.saturatingSubtracting(1) == .min)
        #expect(Int.max.saturatingSubtracting(-1) == .max)
        let cart = Cart(
            id: "c", storeID: "s", source: .events, externalID: "x",
            items: [LineItem(productID: "p", title: "T", quantity: .max, unitPrice: 1), huge],
            subtotal: Money(minor: 0, currency: "USD"), lastActivityAt: Date(timeIntervalSince1970: 0),
            createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
        #expect(cart.itemCount == .max)
    }

    @Test(arguments: [
        (1e300, Int.max), (-1e300, Int.min), (Double.infinity, Int.max), (-Double.infinity, Int.min),
        (Double.nan, 0), (9.2233720368547758e18, Int.max), (-0.0, 0), (2.9, 2), (-2.9, -2),
        (-9.2233720368547758e18, Int.min),
    ])
    func doublesConvertByClampingNotTrapping(_ value: Double, _ expected: Int) {
        #expect(Int(clamping: value) == expected)
    }

    @Test func anAmountWrittenInMoneyFormatterNeverTraps() {
        let formatter = MoneyFormatter(locale: TemplateLocale("en-US"))
        #expect(formatter.string(Money(minor: .min, currency: "JPY")).hasPrefix("-"))
        #expect(formatter.string(Money(minor: .max, currency: "USD")).contains("92,233,720,368,547,758.07"))
    }

    @Test(arguments: ["1e300d", "1e20s", "36601d", "1e15h"])
    func durationsPastACenturyAreRefused(_ text: String) {
        #expect(throws: DurationParseError.self) { try HumanDuration.seconds(text) }
    }

    @Test func aCenturyIsStillADuration() throws {
        #expect(try HumanDuration.seconds("36500d") == 36_500 * 86_400)
    }
}
