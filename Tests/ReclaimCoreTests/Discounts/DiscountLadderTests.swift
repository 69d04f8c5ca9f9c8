import Foundation
import ReclaimCore
import Testing

/// A ladder is checked when its flow is parsed: every bad rung is an error naming its field.
@Suite struct DiscountLadderTests {
    typealias C = FlowClock

    static func flow(_ discounts: [String], currency: String = "USD") throws -> FlowDefinition {
        var steps = [#"{"delay": "1h", "channel": "sms"}"#]
        for (index, discount) in discounts.enumerated() {
            steps.append(#"{"delay": "\#(24 * (index + 1))h", "channel": "sms", "discount": \#(discount)}"#)
        }
        return try C.flow(#"{"name": "ladder", "steps": [\#(steps.joined(separator: ", "))]}"#, currency: currency)
    }

    @Test(arguments: [
        // A ladder that does not increase.
        (
            [#"{"type": "percent", "value": 15}"#, #"{"type": "percent", "value": 10}"#], "flows[0].steps[2].discount.value",
            "must increase"
        ),
        (
            [#"{"type": "percent", "value": 10}"#, #"{"type": "percent", "value": 10}"#], "flows[0].steps[2].discount.value",
            "must increase"
        ),
        (
            [#"{"type": "fixed_amount", "value": 10}"#, #"{"type": "fixed_amount", "value": 5}"#], "flows[0].steps[2].discount.value",
            "must increase"
        ),
        ([#"{"type": "percent", "value": 10}"#, #"{"type": "free_shipping"}"#], "flows[0].steps[2].discount.type", "must increase"),
        ([#"{"type": "free_shipping"}"#, #"{"type": "free_shipping"}"#], "flows[0].steps[2].discount.type", "must increase"),
        (
            [#"{"type": "percent", "value": 10, "tier": 2}"#, #"{"type": "percent", "value": 15, "tier": 1}"#],
            "flows[0].steps[2].discount.tier", "does not climb"
        ),
        // Percent over 100 or not above 0.
        ([#"{"type": "percent", "value": 101}"#], "flows[0].steps[1].discount.value", "at most 100"),
        ([#"{"type": "percent", "value": 0}"#], "flows[0].steps[1].discount.value", "more than 0"),
        ([#"{"type": "percent", "value": -5}"#], "flows[0].steps[1].discount.value", "more than 0"),
        // An expiry that is not in the future.
        ([#"{"type": "percent", "value": 10, "expires": "0h"}"#], "flows[0].steps[1].discount.expires", "longer than 0"),
        ([#"{"type": "percent", "value": 10, "expires": "-2h"}"#], "flows[0].steps[1].discount.expires", "invalid duration"),
        // A fixed amount in another currency.
        (
            [#"{"type": "fixed_amount", "value": 5, "currency": "EUR"}"#], "flows[0].steps[1].discount.currency",
            "not the store's currency USD"
        ),
        // Both spellings of the minimum.
        (
            [#"{"type": "percent", "value": 5, "min_cart_value": 10, "min_subtotal": 20}"#], "flows[0].steps[1].discount.min_subtotal",
            "not both"
        ),
    ])
    func badLaddersNameTheField(_ discounts: [String], _ path: String, _ message: String) {
        #expect {
            try Self.flow(discounts)
        } throws: { error in
            guard let error = error as? FlowDefinitionError else { return false }
            return error.path == path && error.message.contains(message)
        }
    }

    @Test(arguments: [
        [#"{"type": "percent", "value": 10}"#, #"{"type": "percent", "value": 15}"#],
        [#"{"type": "free_shipping"}"#, #"{"type": "percent", "value": 10}"#, #"{"type": "percent", "value": 15}"#],
        [#"{"type": "fixed_amount", "value": 5, "currency": "usd"}"#, #"{"type": "percent", "value": 10}"#],
        [#"{"type": "percent", "value": 10}"#, #"{"type": "fixed_amount", "value": 20}"#],
        [#"{"type": "percent", "value": 100}"#],
    ])
    func climbingLaddersParse(_ discounts: [String]) throws {
        let flow = try Self.flow(discounts)
        let ladder = DiscountLadder(flow: flow)
        #expect(ladder.tiers.map(\.tier) == Array(1...discounts.count))
    }

    @Test func minSubtotalIsTheContractSpellingOfTheMinimum() throws {
        let flow = try Self.flow([#"{"type": "percent", "value": 15, "expires": "48h", "min_subtotal": 60}"#])
        #expect(flow.steps[1].discount?.minimumCartValue == 6_000)
    }

    @Test func theLadderOrdersTiersAndFindsTheNextRung() {
        let ladder = DiscountLadder(offers: [
            DiscountOffer(type: .percent, value: 15, tier: 2), DiscountOffer(type: .percent, value: 10, tier: 1),
            DiscountOffer(type: .freeShipping, value: 0, tier: 1),
        ])
        #expect(ladder.tiers.map(\.value) == [10, 15])
        #expect(ladder.next(after: nil)?.value == 10)
        #expect(ladder.next(after: 1)?.value == 15)
        #expect(ladder.next(after: 2) == nil)
        #expect(ladder.offer(tier: 1)?.type == .percent)
    }

    @Test(arguments: [
        (DiscountOffer(type: .percent, value: 10), DiscountOffer(type: .percent, value: 15), true as Bool?),
        (DiscountOffer(type: .percent, value: 15), DiscountOffer(type: .percent, value: 15), false),
        (DiscountOffer(type: .fixedAmount, value: 500), DiscountOffer(type: .fixedAmount, value: 1_000), true),
        (DiscountOffer(type: .freeShipping, value: 0), DiscountOffer(type: .fixedAmount, value: 1), true),
        (DiscountOffer(type: .percent, value: 5), DiscountOffer(type: .freeShipping, value: 0), false),
        (DiscountOffer(type: .percent, value: 5), DiscountOffer(type: .fixedAmount, value: 500), nil),
    ])
    func stepUpComparesLikeForLike(_ lower: DiscountOffer, _ higher: DiscountOffer, _ expected: Bool?) {
        #expect(higher.isStepUp(from: lower) == expected)
    }

    @Test(arguments: [
        (DiscountOffer(type: .percent, value: 10), 4_999, 500),
        (DiscountOffer(type: .percent, value: 15), 10_000, 1_500),
        (DiscountOffer(type: .fixedAmount, value: 1_000), 600, 600),
        (DiscountOffer(type: .fixedAmount, value: 1_000), 6_000, 1_000),
        (DiscountOffer(type: .freeShipping, value: 0), 6_000, 0),
    ])
    func costIsWhatTheCodeTakesOff(_ offer: DiscountOffer, _ subtotal: Int, _ cost: Int) {
        #expect(offer.cost(onSubtotal: subtotal) == cost)
    }
}
