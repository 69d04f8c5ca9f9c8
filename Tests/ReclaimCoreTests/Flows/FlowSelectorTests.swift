import Foundation
import ReclaimCore
import Testing

@Suite struct FlowSelectorTests {
    static let config = try! FlowDefinitionParser.parseStoreFlowConfig(
        FlowClock.json(
            #"""
            [
              {"name": "big_spender", "segment": {"min_cart_value": 200}, "steps": [{"delay": "1h", "channel": "email"}]},
              {"name": "shoes", "segment": {"categories": ["Shoes"]}, "steps": [{"delay": "1h", "channel": "email"}]},
              {"name": "returning_mid", "segment": {"shopper": "returning", "min_cart_value": 50, "max_cart_value": 200},
               "steps": [{"delay": "1h", "channel": "email"}]},
              {"name": "responsive", "segment": {"responded_before": true}, "steps": [{"delay": "1h", "channel": "sms"}]},
              {"name": "canada", "segment": {"countries": ["CA"]}, "steps": [{"delay": "1h", "channel": "sms"}]},
              {"name": "small", "segment": {"max_cart_value": 20}, "steps": [{"delay": "1h", "channel": "email"}]},
              {"name": "everyone", "default": true, "steps": [{"delay": "1h", "channel": "sms"}]}
            ]
            """#))

    // (cart value, first time, categories, clicked before, replied before, country, flow)
    static let cases: [(Int, Bool, Set<String>, Bool, Bool, String?, String)] = [
        (25_000, true, [], false, false, "US", "big_spender"),
        (20_000, false, ["shoes"], true, true, "CA", "big_spender"),  // first match wins
        (19_999, true, ["SHOES", "hats"], false, false, "US", "shoes"),
        (10_000, false, [], false, false, "US", "returning_mid"),
        (5_000, false, [], false, false, "US", "returning_mid"),
        (4_999, false, [], false, false, "US", "everyone"),
        (10_000, true, [], true, false, "US", "responsive"),
        (10_000, true, [], false, true, "US", "responsive"),
        (10_000, true, [], false, false, "ca", "canada"),
        (10_000, true, [], false, false, nil, "everyone"),
        (1_999, true, [], false, false, "US", "small"),
        (2_000, true, [], false, false, "US", "everyone"),
    ]

    @Test(arguments: Self.cases)
    func segmentsChooseTheFlow(
        _ value: Int, _ firstTime: Bool, _ categories: Set<String>, _ clicked: Bool, _ replied: Bool, _ country: String?,
        _ expected: String
    ) {
        let context = FlowContext(
            cartID: "c", cartValue: value, isFirstTimeShopper: firstTime, hasClickedBefore: clicked,
            hasRepliedBefore: replied, productCategories: categories, recipientCountry: country)
        #expect(FlowSelector(configuration: Self.config).select(for: context).name == expected)
    }

    @Test(arguments: ["US", "CA", "GB", nil] as [String?])
    func aStoreWithoutFlowsGetsCarrierSafe(_ country: String?) {
        let context = FlowContext(cartID: "c", cartValue: 1_000, recipientCountry: country)
        #expect(FlowSelector(configuration: StoreFlowConfiguration()).select(for: context) == FlowPreset.carrierSafe.definition)
    }

    @Test func withoutADefaultTheFirstUnsegmentedFlowCatchesTheRest() throws {
        let config = try FlowDefinitionParser.parseStoreFlowConfig(
            FlowClock.json(
                #"""
                [{"name": "vip", "segment": {"min_cart_value": 500}, "steps": [{"delay": "1h", "channel": "email"}]},
                 "hybrid", "three-touch-sms"]
                """#))
        let selector = FlowSelector(configuration: config)
        #expect(selector.select(for: FlowContext(cartID: "c", cartValue: 100)).name == "hybrid")
        #expect(selector.select(for: FlowContext(cartID: "c", cartValue: 50_000)).name == "vip")
    }

    @Test func onlySegmentedFlowsFallBackToThePresetWhenNoneMatches() throws {
        let config = try FlowDefinitionParser.parseStoreFlowConfig(
            FlowClock.json(
                #"""
                [{"name": "vip", "segment": {"min_cart_value": 500}, "steps": [{"delay": "1h", "channel": "email"}]}]
                """#))
        let flow = FlowSelector(configuration: config).select(for: FlowContext(cartID: "c", cartValue: 100, recipientCountry: "US"))
        #expect(flow.name == "carrier-safe")
    }

    @Test func contextFromACartCarriesItsIdValueAndCurrency() {
        let cart = Cart(
            id: "cart-9", storeID: "s", source: .events, externalID: "x", items: [], subtotal: Money(minor: 4_200, currency: "eur"),
            lastActivityAt: FlowClock.start, createdAt: FlowClock.start, updatedAt: FlowClock.start)
        let context = FlowContext(cart: cart, isFirstTimeShopper: false, productCategories: ["tea"])
        #expect(context.cartID == "cart-9")
        #expect(context.cartValue == 4_200)
        #expect(context.currency == "EUR")
        #expect(context.shopperKind == .returning)
    }
}
