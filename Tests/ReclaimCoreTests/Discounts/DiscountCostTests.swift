import Foundation
import Testing

@testable import ReclaimCore

/// What a redeemed code took off its order (the stats' `discount_cost`).
@Suite struct DiscountCostTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var type: DiscountType
        var value: Int
        var subtotal: Int
        var shipping: Int?
        var cost: Int
        var testDescription: String { "\(self.type.rawValue) \(self.value) on \(self.subtotal) → \(self.cost)" }
    }

    static let cases: [Case] = [
        Case(type: .percent, value: 10, subtotal: 41_395, cost: 4_140),  // rounded half up
        Case(type: .percent, value: 15, subtotal: 0, cost: 0),
        Case(type: .percent, value: 100, subtotal: 2_500, cost: 2_500),
        Case(type: .fixedAmount, value: 1_250, subtotal: 6_000, cost: 1_250),
        Case(type: .fixedAmount, value: 1_250, subtotal: 900, cost: 900),  // never more than the order
        Case(type: .freeShipping, value: 0, subtotal: 6_000, shipping: 595, cost: 595),
        Case(type: .freeShipping, value: 0, subtotal: 6_000, cost: 0),  // shipping unknown
    ]

    @Test(arguments: Self.cases)
    func costOnTheOrder(_ example: Case) {
        let code = Discount(
            id: "dsc_1", storeID: "demo", cartID: "cart_1", code: "K7XQ3MRA9P", type: example.type, value: example.value, tier: 1,
            expiresAt: .distantFuture, createdAt: .distantPast)
        #expect(code.cost(onSubtotal: example.subtotal, shipping: example.shipping) == example.cost)
    }
}
