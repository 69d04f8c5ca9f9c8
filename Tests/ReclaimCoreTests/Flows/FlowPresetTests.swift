import Foundation
import Testing

@testable import ReclaimCore

@Suite struct FlowPresetTests {
    typealias C = FlowClock

    @Test(arguments: [
        (
            FlowPreset.carrierSafe,
            [Step(.sms, 45 * C.minute), Step(.email, 4 * C.hour), Step(.email, 24 * C.hour), Step(.email, 60 * C.hour)]
        ),
        (FlowPreset.threeTouchSMS, [Step(.sms, C.hour), Step(.sms, 24 * C.hour), Step(.sms, 72 * C.hour)]),
        (FlowPreset.hybrid, [Step(.sms, 45 * C.minute), Step(.email, 4 * C.hour), Step(.email, 52 * C.hour), Step(.email, 72 * C.hour)]),
    ])
    func presetRunsItsTimelineAndCompletes(_ preset: FlowPreset, _ expected: [Step]) {
        var harness = FlowHarness(flow: preset.definition)
        harness.runToEnd()
        #expect(harness.timeline == expected)
        #expect(harness.progress.state == .ended)
        #expect(harness.progress.endReason == .completed)
        #expect(harness.jobs.isEmpty)
    }

    @Test func carrierSafeSendsOneTextAndNoDiscountUntilTheFinalEmail() {
        var harness = FlowHarness(flow: FlowPreset.carrierSafe.definition)
        harness.runToEnd()
        #expect(harness.sent.filter { $0.channel == .sms }.count == 1)
        #expect(harness.sent.dropLast().allSatisfy { $0.discount == nil })
        #expect(
            harness.sent.last?.discount
                == DiscountOffer(type: .percent, value: 10, expiresAfter: 48 * C.hour, tier: 1, minimumCartValue: 5000))
        #expect(harness.sent.map(\.template) == ["check_in_sms", "social_proof_email", "stock_and_shipping_email", "final_offer_email"])
        let definition = FlowPreset.carrierSafe.definition
        #expect(definition.settings.smsOnlyAsReplies)
        #expect(definition.steps[0].delay >= 30 * C.minute && definition.steps[0].delay <= 60 * C.minute)
        #expect(definition.steps[3].delay >= 48 * C.hour && definition.steps[3].delay <= 72 * C.hour)
    }

    @Test func carrierSafeFinalEmailGoesWithoutDiscountWhenTheCartDoesNotQualify() {
        var harness = FlowHarness(flow: FlowPreset.carrierSafe.definition, context: C.context(cartValue: 4_999))
        harness.runToEnd()
        #expect(harness.sent.count == 4)
        #expect(harness.sent.allSatisfy { $0.discount == nil })
    }

    @Test func threeTouchEscalatesFromNoneToTenToFifteenPercent() {
        var harness = FlowHarness(flow: FlowPreset.threeTouchSMS.definition, context: C.context(cartValue: 100))
        harness.runToEnd()
        #expect(harness.sent.map { $0.discount?.value } == [nil, 10, 15])
        #expect(harness.sent.map { $0.discount?.tier } == [nil, 1, 2])
        #expect(harness.timeline == [Step(.sms, C.hour), Step(.sms, 24 * C.hour), Step(.sms, 72 * C.hour)])
        #expect(harness.sent.map(\.template) == ["product_details_sms", "sms_discount", "final_offer_sms"])
    }

    @Test func hybridEscalatesOnTheNewAngleAndTheFinalEmail() {
        var harness = FlowHarness(flow: FlowPreset.hybrid.definition)
        harness.runToEnd()
        #expect(harness.sent.map { $0.discount?.value } == [nil, nil, 10, 15])
        #expect(harness.sent.map { $0.discount?.tier } == [nil, nil, 1, 2])
    }

    @Test(arguments: FlowPreset.allCases)
    func presetLaddersClimbAndNeverStartInTheFirstMessage(_ preset: FlowPreset) throws {
        let definition = preset.definition
        #expect(definition.steps[0].discount == nil)
        try FlowDefinitionParser.validateLadder(definition, stepsPath: "steps")
        let tiers = DiscountLadder(flow: definition).tiers
        switch preset {
        case .carrierSafe:
            #expect(tiers.map(\.value) == [10])
            #expect(definition.steps.lastIndex { $0.discount != nil } == definition.steps.count - 1)
        case .threeTouchSMS, .hybrid: #expect(tiers.map(\.value) == [10, 15])
        }
    }

    @Test func hybridFollowsAnEmailClickWithATextAfterTheChannelGap() {
        var harness = FlowHarness(flow: FlowPreset.hybrid.definition)
        harness.handle(.emailClicked, at: 4 * C.hour + 10 * C.minute)
        harness.handle(.emailOpened, at: 4 * C.hour + 10 * C.minute)
        harness.runToEnd()
        // The click at 4h10 plans the text for 4h25; the gap after the 4h email moves it to 5h.
        #expect(
            harness.timeline == [Step(.sms, 45 * C.minute), Step(.email, 4 * C.hour), Step(.sms, 5 * C.hour), Step(.email, 72 * C.hour)])
        #expect(harness.sent[2].template == "email_click_follow_up_sms")
        #expect(harness.skips == [Skip(3, .emailOpened)])
        #expect(harness.progress.endReason == .completed)
    }

    @Test func hybridSendsTheClickFollowUpOnlyOnce() {
        var harness = FlowHarness(flow: FlowPreset.hybrid.definition)
        harness.handle(.emailClicked, at: 6 * C.hour)
        harness.handle(.emailClicked, at: 7 * C.hour)
        harness.handle(.emailClicked, at: 8 * C.hour)
        harness.runToEnd()
        #expect(harness.sent.filter { $0.step == 2 }.map(\.at) == [C.at(6 * C.hour + 15 * C.minute)])
    }

    @Test func hybridSkipsTheClickFollowUpWhenTheShopperAlreadyRepliedAndContinues() {
        let flow = FlowPreset.hybrid.definition
        var harness = FlowHarness(flow: flow)
        harness.handle(.replied, at: 50 * C.minute)
        harness.handle(.resumed, at: 60 * C.minute)
        harness.handle(.emailClicked, at: 5 * C.hour)
        harness.runToEnd()
        #expect(harness.skips.contains(Skip(2, .conditionNotMet)))
        #expect(!harness.sent.contains { $0.step == 2 })
    }

    @Test func hybridNewAngleEmailWaitsFortyEightHoursAfterTheUnopenedEmail() {
        var harness = FlowHarness(flow: FlowPreset.hybrid.definition)
        harness.advance(to: C.at(51 * C.hour))
        #expect(harness.jobs[3] == C.at(52 * C.hour))
        harness.runToEnd()
        #expect(harness.sent.first { $0.step == 3 }?.template == "final_offer_email")
    }

    @Test(arguments: [
        ("carrier-safe", FlowPreset.carrierSafe), ("Carrier_Safe", .carrierSafe), ("three-touch-sms", .threeTouchSMS),
        ("three_touch_sms", .threeTouchSMS), ("hybrid", .hybrid), (" HYBRID ", .hybrid),
    ])
    func presetNamesAreReadLeniently(_ name: String, _ preset: FlowPreset) {
        #expect(FlowPreset(name: name) == preset)
        #expect(preset.definition.name == preset.name)
    }

    @Test(arguments: ["", "carrier", "three-touch", "sms"])
    func unknownPresetNamesAreNil(_ name: String) {
        #expect(FlowPreset(name: name) == nil)
    }

    @Test(arguments: FlowPreset.allCases)
    func presetDefinitionsPassTheirOwnValidation(_ preset: FlowPreset) throws {
        let data = try JSONEncoder().encode(preset.definition)
        let decoded = try JSONDecoder().decode(FlowDefinition.self, from: data)
        #expect(decoded == preset.definition)
        #expect(Set(preset.definition.steps.map(\.id)).count == preset.definition.steps.count)
        #expect(preset.definition.holdoutPercent == 0)
    }

    @Test(arguments: ["US", "CA", "GB", nil] as [String?])
    func carrierSafeIsTheFallbackEverywhere(_ country: String?) {
        #expect(FlowPreset.fallback(forCountry: country) == .carrierSafe)
    }
}
