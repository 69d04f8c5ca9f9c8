import Foundation
import ReclaimCore
import Testing

/// Which tier a cart may get now: every rule, one row each.
@Suite struct DiscountEligibilityTests {
    static let now = Date(timeIntervalSince1970: 1_740_960_000)
    static let ladder = DiscountLadder(offers: [
        DiscountOffer(type: .percent, value: 10, tier: 1, minimumCartValue: 5_000),
        DiscountOffer(type: .percent, value: 15, tier: 2, minimumCartValue: 5_000),
    ])
    static let cart = DiscountCart(
        lines: [
            DiscountCart.Line(productID: "jacket", total: 8_000, categories: ["Outerwear"]),
            DiscountCart.Line(productID: "socks", total: 1_000, categories: ["sale"], alreadyDiscounted: true),
        ], currency: "USD")

    static func code(
        tier: Int, cart: String = "cart-1", status: DiscountStatus = .active, expiresIn: TimeInterval = 3_600,
        createdAgo: TimeInterval = 3_600
    ) -> Discount {
        Discount(
            id: "d-\(cart)-\(tier)", storeID: "s", cartID: cart, code: "CODE\(tier)", type: .percent, value: tier == 1 ? 10 : 15,
            tier: tier, expiresAt: now.addingTimeInterval(expiresIn), status: status, createdAt: now.addingTimeInterval(-createdAgo))
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var tier = 2
        var first = false
        var cart = DiscountEligibilityTests.cart
        var issuedToCart: [Discount] = []
        var issuedToShopper: [Discount] = []
        var policy = DiscountPolicy()
        var expected: Expected
        var testDescription: String { self.name }
    }

    enum Expected: Sendable, Equatable {
        case issue(tier: Int, eligible: Int, supersedes: [Int])
        case keep(tier: Int)
        case refuse(String)
    }

    static let rows: [Row] = [
        Row(name: "the requested tier when nothing blocks it", expected: .issue(tier: 2, eligible: 9_000, supersedes: [])),
        Row(name: "tier 1 on its own step", tier: 1, expected: .issue(tier: 1, eligible: 9_000, supersedes: [])),
        Row(name: "never in the first message", first: true, expected: .refuse("first_message")),
        Row(name: "a tier the ladder lacks", tier: 0, expected: .refuse("no_tier")),
        Row(
            name: "below the minimum", cart: DiscountCart(lines: [.init(productID: "mug", total: 4_999)], currency: "USD"),
            expected: .refuse("below_minimum")),
        Row(
            name: "excluded sale items do not count toward the minimum",
            cart: DiscountCart(
                lines: [.init(productID: "mug", total: 3_000), .init(productID: "sale", total: 3_000, alreadyDiscounted: true)],
                currency: "USD"),
            policy: DiscountPolicy(excludeDiscountedItems: true), expected: .refuse("below_minimum")),
        Row(
            name: "sale items count when not excluded",
            cart: DiscountCart(
                lines: [.init(productID: "mug", total: 3_000), .init(productID: "sale", total: 3_000, alreadyDiscounted: true)],
                currency: "USD"),
            expected: .issue(tier: 2, eligible: 6_000, supersedes: [])),
        Row(
            name: "excluded categories leave the remaining subtotal", policy: DiscountPolicy(excludedCategories: ["SALE"]),
            expected: .issue(tier: 2, eligible: 8_000, supersedes: [])),
        Row(
            name: "nothing left after exclusions", policy: DiscountPolicy(excludeDiscountedItems: true, excludedCategories: ["outerwear"]),
            expected: .refuse("nothing_eligible")),
        Row(
            name: "a higher tier supersedes the active lower code", issuedToCart: [code(tier: 1)],
            expected: .issue(tier: 2, eligible: 9_000, supersedes: [1])),
        Row(
            name: "an expired lower code is not superseded", issuedToCart: [code(tier: 1, expiresIn: -1)],
            expected: .issue(tier: 2, eligible: 9_000, supersedes: [])),
        Row(name: "the held tier is kept", tier: 1, issuedToCart: [code(tier: 1)], expected: .keep(tier: 1)),
        Row(name: "a higher held tier is kept", tier: 1, issuedToCart: [code(tier: 2)], expected: .keep(tier: 2)),
        Row(
            name: "a redeemed code ends discounts", issuedToCart: [code(tier: 1, status: .redeemed)], expected: .refuse("already_redeemed")),
        Row(
            name: "the per-shopper limit counts other carts", issuedToShopper: [code(tier: 1, cart: "cart-0")],
            policy: DiscountPolicy(perShopperLimit: 1), expected: .refuse("shopper_limit")),
        Row(
            name: "codes outside the window do not count", issuedToShopper: [code(tier: 1, cart: "cart-0", createdAgo: 31 * 86_400)],
            policy: DiscountPolicy(perShopperLimit: 1), expected: .issue(tier: 2, eligible: 9_000, supersedes: [])),
        Row(
            name: "the shopper's codes for this same cart do not count against the limit",
            issuedToCart: [code(tier: 1, expiresIn: -1)], issuedToShopper: [code(tier: 1, expiresIn: -1)],
            policy: DiscountPolicy(perShopperLimit: 1), expected: .issue(tier: 2, eligible: 9_000, supersedes: [])),
        Row(
            name: "a limit of two allows a second cart", issuedToShopper: [code(tier: 1, cart: "cart-0")],
            policy: DiscountPolicy(perShopperLimit: 2), expected: .issue(tier: 2, eligible: 9_000, supersedes: [])),
        Row(
            name: "a cart that already holds a code may escalate past the limit", issuedToCart: [code(tier: 1)],
            issuedToShopper: [code(tier: 1, cart: "cart-0")], policy: DiscountPolicy(perShopperLimit: 1),
            expected: .issue(tier: 2, eligible: 9_000, supersedes: [1])),
        Row(
            name: "a percent cap falls back to the lower tier", policy: DiscountPolicy(maxPercent: 12),
            expected: .issue(tier: 1, eligible: 9_000, supersedes: [])),
        Row(
            name: "a percent cap below every tier refuses", policy: DiscountPolicy(maxPercent: 5), expected: .refuse("margin_cap")),
        Row(
            name: "an amount cap on this cart falls back", policy: DiscountPolicy(maxAmount: 1_000),
            expected: .issue(tier: 1, eligible: 9_000, supersedes: [])),
        Row(
            name: "a capped escalation keeps the held code", issuedToCart: [code(tier: 1)], policy: DiscountPolicy(maxPercent: 12),
            expected: .keep(tier: 1)),
    ]

    @Test(arguments: Self.rows)
    func decides(_ row: Row) {
        let request = DiscountRequest(
            ladder: Self.ladder, requestedTier: row.tier, isFirstMessage: row.first, cart: row.cart, issuedToCart: row.issuedToCart,
            issuedToShopper: row.issuedToShopper, policy: row.policy, now: Self.now)
        let actual: Expected =
            switch DiscountEligibility.decide(request) {
            case .issue(let offer, let eligible, let lower): .issue(tier: offer.tier, eligible: eligible, supersedes: lower.map(\.tier))
            case .keep(let held): .keep(tier: held.tier)
            case .refuse(let reason): .refuse(reason.code)
            }
        #expect(actual == row.expected)
    }

    @Test func aCartBecomesLinesWithCatalogCategoriesAndSaleFlags() {
        let now = Self.now
        let cart = Cart(
            id: "cart-1", storeID: "s", source: .shopify, externalID: "c1",
            items: [
                LineItem(productID: "jacket", variantID: "jacket-m", title: "Jacket", quantity: 2, unitPrice: 4_000),
                LineItem(productID: "socks", variantID: "socks-sale", title: "Socks", quantity: 1, unitPrice: 1_000),
            ], subtotal: Money(minor: 9_000, currency: "USD"), lastActivityAt: now, createdAt: now, updatedAt: now)
        let view = DiscountCart(cart: cart, categories: ["jacket": ["Outerwear"]], discountedProductIDs: ["socks-sale"])
        #expect(view.lines.map(\.total) == [8_000, 1_000])
        #expect(view.lines.map(\.categories) == [["Outerwear"], []])
        #expect(view.lines.map(\.alreadyDiscounted) == [false, true])
        #expect(view.eligibleLines(under: DiscountPolicy(excludeDiscountedItems: true)).map(\.productID) == ["jacket"])
    }

    @Test func aFlowsLadderIncludesItsVariantsOffersAfterTheStepsOwn() {
        var step = FlowStep(
            id: "offer", delay: 3_600, channel: .email, discount: DiscountOffer(type: .percent, value: 10, tier: 1))
        step.variants = [FlowStepVariant(label: "B", discount: DiscountOffer(type: .freeShipping, value: 0, tier: 1))]
        let ladder = DiscountLadder(flow: FlowDefinition(name: "f", steps: [FlowStep(id: "first", delay: 60, channel: .sms), step]))
        #expect(ladder.offers.map(\.type) == [.percent, .freeShipping])
        #expect(ladder.offer(tier: 1)?.value == 10)
    }

    @Test func anEmptyLadderRefuses() {
        let request = DiscountRequest(ladder: DiscountLadder(offers: []), requestedTier: 1, cart: Self.cart, now: Self.now)
        #expect(DiscountEligibility.decide(request) == .refuse(.noTier))
    }

    @Test(arguments: [([], 1 as Int?), ([1], 2), ([1, 2], nil), ([2], nil)] as [([Int], Int?)])
    func theAssistantAsksForTheNextRung(_ held: [Int], _ next: Int?) {
        #expect(DiscountEligibility.nextTier(ladder: Self.ladder, issuedToCart: held.map { Self.code(tier: $0) }) == next)
    }

    @Test func everyRefusalExplainsItself() {
        let refusals: [DiscountRefusal] = [
            .noTier, .firstMessage, .nothingEligible, .belowMinimum(minimum: 1, eligibleSubtotal: 0), .shopperLimitReached(limit: 1),
            .marginCap, .alreadyRedeemed, .topTierHeld(tier: 2),
        ]
        #expect(Set(refusals.map(\.code)).count == refusals.count)
        #expect(refusals.allSatisfy { !$0.description.isEmpty })
    }
}
