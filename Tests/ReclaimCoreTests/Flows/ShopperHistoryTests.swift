import Foundation
import ReclaimCore
import Testing

/// Which flow configurations make the scheduler read the shopper's earlier orders, clicks and replies.
@Suite struct ShopperHistoryTests {
    static let text = FlowStep(id: "text", delay: 3600, channel: .sms, template: "check_in_sms")

    static func flow(segment: FlowSegment? = nil, conditions: [FlowCondition] = []) -> FlowDefinition {
        var step = Self.text
        step.conditions = conditions
        return FlowDefinition(name: "f", steps: [step], segment: segment)
    }

    static let cases: [(String, StoreFlowConfiguration, Bool)] = [
        ("presets only", StoreFlowConfiguration(), false),
        ("plain flow", StoreFlowConfiguration(flows: [flow()]), false),
        ("cart value segment", StoreFlowConfiguration(flows: [flow(segment: FlowSegment(minimumCartValue: 6000))]), false),
        (
            "category and country segment",
            StoreFlowConfiguration(flows: [flow(segment: FlowSegment(categories: ["coffee"], countries: ["US"]))]), false
        ),
        (
            "cart value and signal conditions",
            StoreFlowConfiguration(flows: [flow(conditions: [.cartValue(.atLeast, minorUnits: 6000), .signal(.clicked, seen: false)])]),
            false
        ),
        ("first-time segment", StoreFlowConfiguration(flows: [flow(segment: FlowSegment(shopper: .firstTime))]), true),
        ("returning segment", StoreFlowConfiguration(flows: [flow(segment: FlowSegment(shopper: .returning))]), true),
        ("clicked-before segment", StoreFlowConfiguration(flows: [flow(segment: FlowSegment(clickedBefore: true))]), true),
        ("replied-before segment", StoreFlowConfiguration(flows: [flow(segment: FlowSegment(repliedBefore: false))]), true),
        ("responded-before segment", StoreFlowConfiguration(flows: [flow(segment: FlowSegment(respondedBefore: true))]), true),
        ("first-time condition", StoreFlowConfiguration(flows: [flow(conditions: [.firstTimeShopper(true)])]), true),
        ("one of several flows", StoreFlowConfiguration(flows: [flow(), flow(conditions: [.firstTimeShopper(false)])]), true),
    ]

    @Test(arguments: 0..<cases.count)
    func readsHistoryOnlyWhenAFlowUsesIt(_ index: Int) {
        let (name, configuration, expected) = Self.cases[index]
        #expect(configuration.readsShopperHistory == expected, "\(name)")
    }
}
