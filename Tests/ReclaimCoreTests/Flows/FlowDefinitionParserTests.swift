import Foundation
import ReclaimCore
import Testing

@Suite struct FlowDefinitionParserTests {
    typealias C = FlowClock

    @Test func acceptanceConfigurationParsesWithDefaults() throws {
        let config = try FlowDefinitionParser.parseStoreFlowConfig(
            try C.json(
                #"""
                [{"name": "acceptance", "default": true, "steps": [
                  {"delay": "2s", "channel": "sms"}, {"delay": "4s", "channel": "email"},
                  {"delay": "20s", "channel": "email", "discount?": {"type": "percent", "value": 10, "expires": "48h"}}]}]
                """#))
        let flow = try #require(config.flows.first)
        #expect(flow.name == "acceptance")
        #expect(flow.isDefault)
        #expect(config.defaultFlow == flow)
        #expect(flow.steps.map(\.id) == ["step1", "step2", "step3"])
        #expect(flow.steps.map(\.delay) == [2, 4, 20])
        #expect(flow.steps.allSatisfy { $0.delayFrom == .abandonment && $0.trigger == .timer && $0.template == nil })
        #expect(flow.steps.map(\.channel) == [.sms, .email, .email])
        #expect(flow.steps[2].discount == DiscountOffer(type: .percent, value: 10, expiresAfter: 48 * C.hour, tier: 1))
        #expect(flow.holdoutPercent == 0)
        #expect(flow.settings.crossChannelGap == 2)  // the flow's own SMS→email spacing
        #expect(flow.settings.onCartUpdated == .continue)
        #expect(flow.settings.onReply == .pause)
    }

    @Test func everyFieldIsRead() throws {
        let flow = try C.flow(
            #"""
            {"name": "vip", "default": false, "holdout": "12.5%",
             "segment": {"min_cart_value": 100, "max_cart_value": 500.5, "shopper": "returning", "categories": ["Shoes", "bags"],
                         "responded_before": true, "clicked_before": false, "replied_before": true, "countries": "us"},
             "settings": {"cross_channel_gap": "2h", "stale_after": "12h", "on_cart_updated": "restart", "on_reply": "continue",
                          "sms_only_as_replies": true},
             "steps": [
               {"id": "hello", "delay": "30m", "channel": "sms", "template": "vip_hello", "stale_after": "6h"},
               {"delay": "1d", "from": "previous", "channel": "email", "if": ["not clicked", "cart_value >= 60"],
                "discount": {"type": "fixed_amount", "value": 12.5, "expires": "3d", "tier": 2, "min_cart_value": 80}},
               {"on": "email_clicked", "delay": "15m", "channel": "sms", "if": "not replied and returning"},
               {"on": "email_not_opened", "within": "48h", "channel": "email",
                "variants": [{"label": "A", "weight": 3}, {"label": "B", "weight": 1, "template": "b", "delay": "1h",
                              "discount": {"type": "free_shipping"}}]}]}
            """#)
        #expect(flow.holdoutPercent == 12.5)
        #expect(
            flow.segment
                == FlowSegment(
                    minimumCartValue: 10_000, maximumCartValue: 50_050, shopper: .returning, categories: ["shoes", "bags"],
                    clickedBefore: false, repliedBefore: true, respondedBefore: true, countries: ["US"]))
        #expect(
            flow.settings
                == FlowSettings(
                    crossChannelGap: 2 * C.hour, staleAfter: 12 * C.hour, onCartUpdated: .restart, onReply: .continue,
                    smsOnlyAsReplies: true))
        #expect(flow.steps[0] == FlowStep(id: "hello", delay: 30 * C.minute, channel: .sms, template: "vip_hello", staleAfter: 6 * C.hour))
        #expect(
            flow.steps[1]
                == FlowStep(
                    id: "step2", delay: C.day, delayFrom: .previousStep, channel: .email,
                    discount: DiscountOffer(type: .fixedAmount, value: 1_250, expiresAfter: 3 * C.day, tier: 2, minimumCartValue: 8_000),
                    conditions: [.signal(.clicked, seen: false), .cartValue(.atLeast, minorUnits: 6_000)]))
        #expect(
            flow.steps[2]
                == FlowStep(
                    id: "step3", delay: 15 * C.minute, channel: .sms,
                    conditions: [.signal(.replied, seen: false), .firstTimeShopper(false)], trigger: .emailClicked))
        #expect(flow.steps[3].trigger == .emailNotOpened(within: 48 * C.hour))
        #expect(flow.steps[3].delay == 0)
        #expect(
            flow.steps[3].variants == [
                FlowStepVariant(label: "A", weight: 3),
                FlowStepVariant(
                    label: "B", weight: 1, template: "b", delay: C.hour, discount: DiscountOffer(type: .freeShipping, value: 0, tier: 2)),
            ])
    }

    @Test func amountsUseTheStoreCurrencyExponent() throws {
        let text =
            #"{"name": "x", "segment": {"min_cart_value": 60}, "steps": [{"delay": "1h", "channel": "email", "if": "cart_value >= 60"}]}"#
        for (currency, minor) in [("USD", 6_000), ("JPY", 60), ("KWD", 60_000), ("eur", 6_000)] {
            let flow = try C.flow(text, currency: currency)
            #expect(flow.segment?.minimumCartValue == minor)
            #expect(flow.steps[0].conditions == [.cartValue(.atLeast, minorUnits: minor)])
        }
    }

    @Test(arguments: [
        (#"{"holdout": 10}"#, 10.0), (#"{"holdout": "10%"}"#, 10.0), (#"{"holdout": "0"}"#, 0.0), (#"{"holdout": " 100 % "}"#, 100.0),
    ])
    func holdoutIsAPercentWithOrWithoutTheSign(_ fragment: String, _ expected: Double) throws {
        var object = try C.json(fragment)
        if case .object(var members) = object {
            members["name"] = .string("h")
            members["steps"] = .array([.object(["delay": .string("1h"), "channel": .string("sms")])])
            object = .object(members)
        }
        #expect(try FlowDefinitionParser.parse(object, path: "f").holdoutPercent == expected)
    }

    @Test func camelCaseAndSnakeCaseKeysAreTheSame() throws {
        let flow = try C.flow(
            #"""
            {"name": "k", "settings": {"crossChannelGap": "5m", "onCartUpdated": "restart"},
             "steps": [{"delay": "1h", "channel": "sms", "staleAfter": "2h"}]}
            """#
        )
        #expect(flow.settings.crossChannelGap == 5 * C.minute)
        #expect(flow.settings.onCartUpdated == .restart)
        #expect(flow.steps[0].staleAfter == 2 * C.hour)
    }

    @Test(arguments: [
        ("\"carrier-safe\"", ["carrier-safe"]), ("\"hybrid\"", ["hybrid"]), ("[\"three-touch-sms\"]", ["three-touch-sms"]),
        (
            #"["hybrid", {"name": "vip", "segment": {"min_cart_value": 200}, "steps": [{"delay": "1h", "channel": "sms"}]}]"#,
            ["hybrid", "vip"]
        ),
        (#"{"name": "solo", "steps": [{"delay": "1h", "channel": "email"}]}"#, ["solo"]),
        ("null", []),
    ])
    func storeConfigAcceptsPresetsFlowsAndMixtures(_ json: String, _ names: [String]) throws {
        let config = try FlowDefinitionParser.parseStoreFlowConfig(try C.json(json))
        #expect(config.flows.map(\.name) == names)
    }

    @Test func aLonePresetIsTheStoreDefault() throws {
        let config = try FlowDefinitionParser.parseStoreFlowConfig(flow: "three-touch-sms", flows: nil)
        #expect(config.defaultFlow?.name == "three-touch-sms")
        #expect(config.defaultFlow?.steps == FlowPreset.threeTouchSMS.definition.steps)
        #expect(try FlowDefinitionParser.parseStoreFlowConfig(flow: nil, flows: nil).flows.isEmpty)
        #expect(try FlowDefinitionParser.parseStoreFlowConfig(flow: nil, flows: .null).flows.isEmpty)
        #expect(config.flow(named: "hybrid") == FlowPreset.hybrid.definition)
    }

    static let step = #"{"delay": "1h", "channel": "sms"}"#

    // (the `flows:` value, the path named, words the message contains)
    static let errors: [(String, String, String)] = [
        (#"[{"steps": [\#(step)]}]"#, "flows[0].name", "required"),
        (#"[{"name": "", "steps": [\#(step)]}]"#, "flows[0].name", "non-empty string"),
        (#"[{"name": "x"}]"#, "flows[0].steps", "required"),
        (#"[{"name": "x", "steps": []}]"#, "flows[0].steps", "at least one step"),
        (#"[{"name": "x", "steps": {"delay": "1h"}}]"#, "flows[0].steps", "expected a list"),
        (#"[{"name": "x", "steps": ["sms"]}]"#, "flows[0].steps[0]", "expected a mapping"),
        (#"[{"name": "x", "steps": [{"channel": "sms"}]}]"#, "flows[0].steps[0].delay", "required"),
        (#"[{"name": "x", "steps": [\#(step), {"delay": "2x", "channel": "sms"}]}]"#, "flows[0].steps[1].delay", "invalid duration \"2x\""),
        (#"[{"name": "x", "steps": [{"delay": "-1h", "channel": "sms"}]}]"#, "flows[0].steps[0].delay", "invalid duration"),
        (#"[{"name": "x", "steps": [{"delay": true, "channel": "sms"}]}]"#, "flows[0].steps[0].delay", "duration"),
        (#"[{"name": "x", "steps": [{"delay": "1h", "channel": "fax"}]}]"#, "flows[0].steps[0].channel", "unknown value \"fax\""),
        (#"[{"name": "x", "steps": [{"delay": "1h"}]}]"#, "flows[0].steps[0].channel", "required"),
        (#"[{"name": "x", "steps": [{"delya": "1h", "channel": "sms"}]}]"#, "flows[0].steps[0].delya", "unknown key"),
        (#"[{"name": "x", "stpes": []}]"#, "flows[0].stpes", "unknown key"),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "if": "bought"}]}]"#, "flows[0].steps[0].if",
            "unknown condition \"bought\""
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "if": ["clicked", "cart_value >= lots"]}]}]"#,
            "flows[0].steps[0].if[1]", "cart_value >= lots"
        ),
        (#"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "from": "checkout"}]}]"#, "flows[0].steps[0].from", "unknown value"),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "bogo", "value": 1}}]}]"#,
            "flows[0].steps[0].discount.type", "unknown value \"bogo\""
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "percent", "value": 150}}]}]"#,
            "flows[0].steps[0].discount.value", "at most 100"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "percent"}}]}]"#,
            "flows[0].steps[0].discount.value", "required"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "fixed_amount", "value": 0}}]}]"#,
            "flows[0].steps[0].discount.value", "more than 0"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "free_shipping", "expires": "0s"}}]}]"#,
            "flows[0].steps[0].discount.expires", "longer than 0"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "free_shipping", "expires": "soon"}}]}]"#,
            "flows[0].steps[0].discount.expires", "invalid duration"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "percent", "value": 10, "tier": 0}}]}]"#,
            "flows[0].steps[0].discount.tier", "whole number"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "free_shipping", "min_cart_value": -5}}]}]"#,
            "flows[0].steps[0].discount.min_cart_value", "negative"
        ),
        // Numbers past Int used to trap `Int(_:)` (issue 16 item 6).
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "percent", "value": 10, "tier": 1e300}}]}]"#,
            "flows[0].steps[0].discount.tier", "whole number"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "discount": {"type": "fixed_amount", "value": 1e300}}]}]"#,
            "flows[0].steps[0].discount.value", "at most 10000000000000 minor units"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1e300d", "channel": "sms"}]}]"#, "flows[0].steps[0].delay", "invalid duration"
        ),
        (#"[{"name": "x", "holdout": "150%", "steps": [\#(step)]}]"#, "flows[0].holdout", "between 0% and 100%"),
        (#"[{"name": "x", "holdout": "some", "steps": [\#(step)]}]"#, "flows[0].holdout", "expected a number"),
        (#"[{"name": "x", "default": "maybe", "steps": [\#(step)]}]"#, "flows[0].default", "true or false"),
        (
            #"[{"name": "x", "settings": {"on_cart_updated": "maybe"}, "steps": [\#(step)]}]"#, "flows[0].settings.on_cart_updated",
            "restart"
        ),
        (#"[{"name": "x", "settings": {"on_reply": "ignore"}, "steps": [\#(step)]}]"#, "flows[0].settings.on_reply", "unknown value"),
        (
            #"[{"name": "x", "settings": {"cross_channel_gap": "1w"}, "steps": [\#(step)]}]"#, "flows[0].settings.cross_channel_gap",
            "invalid duration"
        ),
        (#"[{"name": "x", "settings": {"gap": "1h"}, "steps": [\#(step)]}]"#, "flows[0].settings.gap", "unknown key"),
        (
            #"[{"name": "x", "steps": [{"id": "a", "delay": "1h", "channel": "sms"}, {"id": "a", "delay": "2h", "channel": "sms"}]}]"#,
            "flows[0].steps[1].id", "duplicate step id \"a\""
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "4h", "channel": "sms"}, {"delay": "1h", "channel": "email"}]}]"#,
            "flows[0].steps[1].delay", "before the step above"
        ),
        (
            #"[{"name": "x", "steps": [{"on": "email_not_opened", "within": "48h", "channel": "email"}, \#(step)]}]"#,
            "flows[0].steps[0].on", "needs an email step before it"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "email"}, {"on": "email_not_opened", "channel": "email"}]}]"#,
            "flows[0].steps[1].within", "required"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "email", "within": "2h"}]}]"#, "flows[0].steps[0].within",
            "only valid with on: email_not_opened"
        ),
        (#"[{"name": "x", "steps": [{"delay": "1h", "channel": "email", "on": "sms_clicked"}]}]"#, "flows[0].steps[0].on", "unknown value"),
        (#"[{"name": "x", "steps": [{"on": "email_clicked", "channel": "sms"}]}]"#, "flows[0].steps", "at least one timed step"),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "variants": [{"label": "A", "weight": 0}]}]}]"#,
            "flows[0].steps[0].variants[0].weight", "more than 0"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "variants": [{"label": "A"}, {"label": "A"}]}]}]"#,
            "flows[0].steps[0].variants[1].label", "duplicate variant label"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "variants": [{"weight": 1}]}]}]"#,
            "flows[0].steps[0].variants[0].label", "required"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "variants": []}]}]"#, "flows[0].steps[0].variants",
            "at least one variant"
        ),
        (
            #"[{"name": "x", "steps": [{"delay": "1h", "channel": "sms", "variants": [{"label": "A", "delay": "later"}]}]}]"#,
            "flows[0].steps[0].variants[0].delay", "invalid duration"
        ),
        (
            #"[{"name": "x", "segment": {"min_cart_value": 100, "max_cart_value": 50}, "steps": [\#(step)]}]"#,
            "flows[0].segment.max_cart_value", "greater than min_cart_value"
        ),
        (#"[{"name": "x", "segment": {"shopper": "vip"}, "steps": [\#(step)]}]"#, "flows[0].segment.shopper", "unknown value \"vip\""),
        (#"[{"name": "x", "segment": {"age": 30}, "steps": [\#(step)]}]"#, "flows[0].segment.age", "unknown key"),
        (#"[{"name": "x", "segment": {"categories": [1.5, {}]}, "steps": [\#(step)]}]"#, "flows[0].segment.categories[1]", "string"),
        (#"[{"name": "x", "steps": [\#(step)]}, {"name": "x", "steps": [\#(step)]}]"#, "flows[1].name", "duplicate flow name \"x\""),
        (
            #"[{"name": "x", "default": true, "steps": [\#(step)]}, {"name": "y", "default": true, "steps": [\#(step)]}]"#,
            "flows[1].default", "only one flow"
        ),
        (#"["carrier-safe", "carrier-safe"]"#, "flows[1].name", "duplicate flow name"),
        (#""carrier-unsafe""#, "flows", "unknown flow preset \"carrier-unsafe\""),
        (#"["hybrid", "four-touch"]"#, "flows[1]", "unknown flow preset"),
        ("[]", "flows", "at least one flow"),
        ("true", "flows", "preset name or a list"),
    ]

    @Test(arguments: Self.errors)
    func eachBadFieldIsNamedByItsPath(_ json: String, _ path: String, _ words: String) throws {
        let value = try C.json(json)
        let error = #expect(throws: FlowDefinitionError.self) {
            try FlowDefinitionParser.parseStoreFlowConfig(value, path: "flows")
        }
        #expect(error?.path == path)
        #expect(error?.message.contains(words) == true, "\(error?.message ?? "no error")")
        #expect(error?.description == "\(path): \(error?.message ?? "")")
    }

    @Test func flowAndFlowsTogetherIsAnError() throws {
        let error = #expect(throws: FlowDefinitionError.self) {
            try FlowDefinitionParser.parseStoreFlowConfig(
                flow: "hybrid", flows: try C.json("[\"carrier-safe\"]"), path: "stores[0]")
        }
        #expect(error?.path == "stores[0].flow")
    }

    @Test func storePathPrefixesFlowErrors() throws {
        let error = #expect(throws: FlowDefinitionError.self) {
            try FlowDefinitionParser.parseStoreFlowConfig(
                flow: nil, flows: try C.json(#"[{"name": "x", "steps": [{"delay": "1h", "channel": "pigeon"}]}]"#), path: "stores[2]")
        }
        #expect(error?.path == "stores[2].flows[0].steps[0].channel")
    }
}
