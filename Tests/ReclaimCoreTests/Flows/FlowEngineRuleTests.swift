import Foundation
import ReclaimCore
import Testing

/// The engine's per-step rules: conditions, channel gap, staleness, carrier-safe texts, discounts,
/// variants, and robustness against duplicate or out-of-date jobs.
@Suite struct FlowEngineRuleTests {
    typealias C = FlowClock

    static let acceptance = #"""
        {"name": "acceptance", "default": true, "steps": [
          {"delay": "2s", "channel": "sms"},
          {"delay": "4s", "channel": "email"},
          {"delay": "20s", "channel": "email", "discount?": {"type": "percent", "value": 10, "expires": "48h"}}]}
        """#

    @Test func acceptanceFlowSendsAtTwoFourAndTwentySeconds() throws {
        var harness = FlowHarness(flow: try C.flow(Self.acceptance))
        harness.runToEnd()
        #expect(harness.timeline == [Step(.sms, 2), Step(.email, 4), Step(.email, 20)])
        #expect(harness.sent.map(\.discount) == [nil, nil, DiscountOffer(type: .percent, value: 10, expiresAfter: 48 * C.hour, tier: 1)])
        #expect(harness.progress.endReason == .completed)
    }

    @Test func firstStartSchedulesTheFirstStep() throws {
        let flow = try C.flow(Self.acceptance)
        let start = FlowEngine.start(flow: flow, context: C.context(), abandonedAt: C.start, now: C.start)
        #expect(start.actions == [.schedule(step: 0, at: C.at(2))])
        #expect(start.progress.pending == [PendingStep(step: 0, dueAt: C.at(2), plannedAt: C.at(2))])
        let again = FlowEngine.handle(
            .started(abandonedAt: C.at(99)), progress: start.progress, flow: flow, context: C.context(), now: C.at(1))
        #expect(again == FlowTransition(progress: start.progress, actions: []))
    }

    @Test func startingLateSchedulesOverdueStepsNow() throws {
        let flow = try C.flow(Self.acceptance)
        let start = FlowEngine.start(flow: flow, context: C.context(), abandonedAt: C.start, now: C.at(10))
        #expect(start.actions == [.schedule(step: 0, at: C.at(10))])
    }

    // (condition, cart value, shopper first time, clicked before the step, sent?)
    static let conditionCases: [(String, Int, Bool, Bool, Bool)] = [
        ("cart_value >= 60", 6_000, true, false, true), ("cart_value >= 60", 5_999, true, false, false),
        ("cart_value < 100", 9_999, true, false, true), ("cart_value < 100", 10_000, true, false, false),
        ("not clicked", 100, true, false, true), ("not clicked", 100, true, true, false),
        ("clicked", 100, true, true, true), ("clicked", 100, true, false, false),
        ("first_time", 100, true, false, true), ("first_time", 100, false, false, false),
        ("returning", 100, false, false, true), ("returning", 100, true, false, false),
        ("cart_value >= 60 and not clicked", 7_000, true, false, true),
        ("cart_value >= 60 and not clicked", 7_000, true, true, false),
    ]

    @Test(arguments: Self.conditionCases)
    func conditionsAreCheckedWhenTheStepIsDue(
        _ condition: String, _ value: Int, _ firstTime: Bool, _ clicked: Bool, _ sent: Bool
    ) throws {
        let flow = try C.flow(
            #"""
            {"name": "c", "steps": [{"delay": "1h", "channel": "email"},
              {"delay": "2h", "channel": "email", "if": "\#(condition)"}, {"delay": "3h", "channel": "email"}]}
            """#
        )
        var harness = FlowHarness(flow: flow, context: C.context(cartValue: value, firstTime: firstTime))
        if clicked { harness.handle(.clicked, at: 90 * C.minute) }
        harness.runToEnd()
        #expect(harness.sent.contains { $0.step == 1 } == sent)
        #expect(harness.sent.contains { $0.step == 2 })  // the flow moves on either way
        if !sent {
            #expect(harness.skips == [Skip(1, .conditionNotMet)])
            #expect(harness.progress.outcomes.first { $0.step == 1 }?.detail != nil)
        }
    }

    @Test func conditionsSeeTheCartAsItIsWhenTheStepIsDue() throws {
        let flow = try C.flow(#"{"name": "c", "steps": [{"delay": "1h", "channel": "email", "if": "cart_value >= 60"}]}"#)
        var harness = FlowHarness(flow: flow, context: C.context(cartValue: 1_000))
        harness.context.cartValue = 6_000  // the cart grew before the step came due
        harness.runToEnd()
        #expect(harness.sent.count == 1)
    }

    @Test(arguments: [
        (Channel.sms, Channel.email, 30 * C.minute, 45 * C.minute, 90 * C.minute),
        (.email, .sms, 30 * C.minute, 45 * C.minute, 90 * C.minute),
        (.sms, .email, 30 * C.minute, 2 * C.hour, 2 * C.hour),
        (.sms, .sms, 30 * C.minute, 31 * C.minute, 31 * C.minute),
        (.email, .email, 30 * C.minute, 31 * C.minute, 31 * C.minute),
    ])
    func smsAndEmailKeepTheCrossChannelGap(
        _ first: Channel, _ second: Channel, _ firstAt: TimeInterval, _ secondAt: TimeInterval, _ expected: TimeInterval
    ) {
        let flow = FlowDefinition(
            name: "gap",
            steps: [FlowStep(id: "a", delay: firstAt, channel: first), FlowStep(id: "b", delay: secondAt, channel: second)],
            settings: FlowSettings(crossChannelGap: C.hour))
        var harness = FlowHarness(flow: flow)
        harness.runToEnd()
        #expect(harness.timeline == [Step(first, firstAt), Step(second, expected)])
    }

    @Test func theGapIsRecheckedWhenAStepComesDue() {
        // The click follow-up text is planned for 3h10 while the 3h email is still to come; when the
        // text comes due the email has just gone out, so the text moves to the end of the gap.
        let flow = FlowDefinition(
            name: "gap",
            steps: [
                FlowStep(id: "e1", delay: C.hour, channel: .email),
                FlowStep(id: "e2", delay: 3 * C.hour, channel: .email),
                FlowStep(id: "text", delay: 2 * C.hour, channel: .sms, trigger: .emailClicked),
            ],
            settings: FlowSettings(crossChannelGap: C.hour))
        var harness = FlowHarness(flow: flow)
        harness.handle(.emailClicked, at: 70 * C.minute)
        #expect(harness.jobs[2] == C.at(3 * C.hour + 10 * C.minute))
        harness.runToEnd()
        #expect(harness.actions.contains(.schedule(step: 2, at: C.at(4 * C.hour))))
        #expect(harness.timeline == [Step(.email, C.hour), Step(.email, 3 * C.hour), Step(.sms, 4 * C.hour)])
    }

    @Test func gapOfZeroAllowsBackToBackChannels() {
        let flow = FlowDefinition(
            name: "nogap",
            steps: [FlowStep(id: "a", delay: 60, channel: .sms), FlowStep(id: "b", delay: 61, channel: .email)],
            settings: FlowSettings(crossChannelGap: 0))
        var harness = FlowHarness(flow: flow)
        harness.runToEnd()
        #expect(harness.timeline == [Step(.sms, 60), Step(.email, 61)])
    }

    @Test func carrierSafeSendsOnlyTheFirstSMSStepOfTheFlow() {
        let flow = FlowDefinition(
            name: "cs",
            steps: [
                FlowStep(id: "t1", delay: C.hour, channel: .sms), FlowStep(id: "e1", delay: 4 * C.hour, channel: .email),
                FlowStep(id: "t2", delay: 24 * C.hour, channel: .sms),
            ],
            settings: FlowSettings(smsOnlyAsReplies: true))
        var harness = FlowHarness(flow: flow)
        harness.runToEnd()
        #expect(harness.timeline == [Step(.sms, C.hour), Step(.email, 4 * C.hour)])
        #expect(harness.skips == [Skip(2, .smsOnlyAsReplies)])
    }

    @Test func stepStalenessOverridesTheFlowDefault() {
        let flow = FlowDefinition(
            name: "stale",
            steps: [
                FlowStep(id: "t", delay: C.hour, channel: .sms, staleAfter: 30 * C.minute),
                FlowStep(id: "e", delay: 2 * C.hour, channel: .email),
            ],
            settings: FlowSettings(crossChannelGap: 0, staleAfter: 12 * C.hour))
        var harness = FlowHarness(flow: flow) { step, _, now in step == 0 && now < C.at(2 * C.hour) ? .deferUntil(C.at(2 * C.hour)) : .send
        }
        harness.runToEnd()
        #expect(harness.skips == [Skip(0, .stale)])
        #expect(harness.timeline == [Step(.email, 2 * C.hour)])
    }

    @Test func previousStepDelaysCountFromTheActualSend() {
        let flow = FlowDefinition(
            name: "prev",
            steps: [
                FlowStep(id: "t", delay: C.hour, channel: .sms),
                FlowStep(id: "t2", delay: 2 * C.hour, delayFrom: .previousStep, channel: .sms),
            ])
        var harness = FlowHarness(flow: flow) { step, _, now in step == 0 && now < C.at(5 * C.hour) ? .deferUntil(C.at(5 * C.hour)) : .send
        }
        harness.runToEnd()
        #expect(harness.timeline == [Step(.sms, 5 * C.hour), Step(.sms, 7 * C.hour)])
    }

    @Test func discountsAreOfferedOnlyToQualifyingCarts() {
        let offer = DiscountOffer(type: .fixedAmount, value: 500, minimumCartValue: 5_000)
        let flow = FlowDefinition(name: "d", steps: [FlowStep(id: "e", delay: 60, channel: .email, discount: offer)])
        for (value, expected) in [(4_999, nil), (5_000, offer), (9_000, offer)] as [(Int, DiscountOffer?)] {
            var harness = FlowHarness(flow: flow, context: C.context(cartValue: value))
            harness.runToEnd()
            #expect(harness.sent.first?.discount == expected)
        }
    }

    @Test func variantsOverrideTemplateDelayAndDiscountPerArm() throws {
        let flow = try C.flow(
            #"""
            {"name": "ab", "steps": [{"delay": "1h", "channel": "email", "template": "base",
              "discount": {"type": "percent", "value": 10},
              "variants": [{"label": "A"}, {"label": "B", "template": "alt", "delay": "2h", "discount": "none"}]}]}
            """#)
        var seen: [String: FlowHarness.Sent] = [:]
        for index in 0..<200 {
            var harness = FlowHarness(flow: flow, context: C.context(cartID: "cart-\(index)"))
            harness.runToEnd()
            let sent = try #require(harness.sent.first)
            #expect(harness.progress.variant == sent.variant)
            seen[sent.variant ?? "-"] = sent
        }
        #expect(seen["A"]?.template == "base")
        #expect(seen["A"]?.at == C.at(C.hour))
        #expect(seen["A"]?.discount?.value == 10)
        #expect(seen["B"]?.template == "alt")
        #expect(seen["B"]?.at == C.at(2 * C.hour))
        #expect(seen["B"]?.discount == nil)
    }

    @Test func emailNotOpenedStepIsSkippedWhenTheWatchedEmailWasOpenedBeforeItCameDue() {
        let flow = FlowDefinition(
            name: "angle",
            steps: [
                FlowStep(id: "e1", delay: C.hour, channel: .email),
                FlowStep(id: "e2", delay: 0, channel: .email, trigger: .emailNotOpened(within: 48 * C.hour)),
            ])
        var opened = FlowHarness(flow: flow)
        opened.handle(.emailOpened, at: 10 * C.hour)
        opened.runToEnd()
        #expect(opened.skips == [Skip(1, .emailOpened)])
        #expect(opened.progress.endReason == .completed)
        #expect(opened.progress.endedAt == C.at(10 * C.hour))

        var unopened = FlowHarness(flow: flow)
        unopened.runToEnd()
        #expect(unopened.timeline == [Step(.email, C.hour), Step(.email, 49 * C.hour)])
    }

    @Test func anOpenBeforeTheWatchedEmailDoesNotCount() {
        let flow = FlowDefinition(
            name: "angle",
            steps: [
                FlowStep(id: "e0", delay: C.hour, channel: .email),
                FlowStep(id: "e1", delay: 5 * C.hour, channel: .email),
                FlowStep(id: "e2", delay: 0, channel: .email, trigger: .emailNotOpened(within: 24 * C.hour)),
            ])
        var harness = FlowHarness(flow: flow)
        harness.handle(.emailOpened, at: 2 * C.hour)  // opened e0, not e1
        harness.runToEnd()
        #expect(harness.timeline.last == Step(.email, 29 * C.hour))
    }

}
