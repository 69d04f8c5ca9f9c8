import Foundation
import ReclaimCore
import Testing

/// Every branch of every preset, driven by events at chosen moments on the virtual clock.
@Suite struct FlowEngineBranchTests {
    typealias C = FlowClock

    // (preset, purchase time, sends before it)
    static let purchases: [(FlowPreset, TimeInterval, Int)] = [
        (.carrierSafe, 10 * C.minute, 0), (.carrierSafe, 2 * C.hour, 1), (.carrierSafe, 5 * C.hour, 2),
        (.carrierSafe, 30 * C.hour, 3), (.carrierSafe, 59 * C.hour, 3),
        (.threeTouchSMS, 30 * C.minute, 0), (.threeTouchSMS, 2 * C.hour, 1), (.threeTouchSMS, 25 * C.hour, 2),
        (.threeTouchSMS, 71 * C.hour, 2),
        (.hybrid, 30 * C.minute, 0), (.hybrid, 3 * C.hour, 1), (.hybrid, 10 * C.hour, 2), (.hybrid, 60 * C.hour, 3),
    ]

    @Test(arguments: Self.purchases)
    func purchaseBetweenStepsEndsTheJourney(_ preset: FlowPreset, _ at: TimeInterval, _ sendsBefore: Int) {
        var harness = FlowHarness(flow: preset.definition)
        harness.handle(.purchased, at: at)
        #expect(harness.progress.state == .ended)
        #expect(harness.progress.endReason == .purchased)
        #expect(harness.progress.endedAt == C.at(at))
        #expect(harness.actions.suffix(2) == [.cancelScheduled, .end(.purchased)])
        harness.runToEnd()
        #expect(harness.sent.count == sendsBefore)
        #expect(harness.progress.pending.isEmpty)
    }

    @Test(arguments: FlowPreset.allCases)
    func replyPausesAndNothingMoreIsSent(_ preset: FlowPreset) {
        var harness = FlowHarness(flow: preset.definition)
        harness.handle(.replied, at: 2 * C.hour)
        #expect(harness.progress.state == .paused)
        #expect(harness.progress.pauseReason == .replied)
        #expect(harness.actions.suffix(2) == [.cancelScheduled, .pause(.replied)])
        #expect(harness.jobs.isEmpty)
        harness.runToEnd()
        #expect(harness.sent.count == 1)
    }

    @Test(arguments: [FlowEvent.resumed, .handedBack])
    func resumingMovesTheRestOfTheTimelineByThePause(_ event: FlowEvent) {
        var harness = FlowHarness(flow: FlowPreset.carrierSafe.definition)
        harness.handle(.replied, at: 1 * C.hour)
        harness.handle(event, at: 10 * C.hour)
        #expect(harness.progress.state == .active)
        #expect(harness.progress.pauseReason == nil)
        #expect(harness.progress.timelineShift == 9 * C.hour)
        harness.runToEnd()
        #expect(
            harness.timeline == [
                Step(.sms, 45 * C.minute), Step(.email, 13 * C.hour), Step(.email, 33 * C.hour), Step(.email, 69 * C.hour),
            ])
    }

    @Test func resumingNeverSchedulesEarlierThanNow() {
        var harness = FlowHarness(flow: FlowPreset.threeTouchSMS.definition)
        harness.advance(to: C.at(30 * C.minute))
        // The job is due at 1h but the pause starts at 30m; a stale pausedAt must not pull it earlier.
        harness.handle(.paused(.shopperRequested))
        harness.handle(.resumed, at: 31 * C.minute)
        #expect(harness.jobs[0] == C.at(C.hour + C.minute))
    }

    @Test func replyContinuesWhenTheFlowSaysSo() throws {
        var flow = FlowPreset.threeTouchSMS.definition
        flow.settings.onReply = .continue
        var harness = FlowHarness(flow: flow)
        harness.handle(.replied, at: 2 * C.hour)
        harness.runToEnd()
        #expect(harness.sent.count == 3)
        #expect(harness.progress.facts.repliedAt == C.at(2 * C.hour))
        #expect(!harness.actions.contains(.pause(.replied)))
    }

    @Test func escalationPausesAndAReplyDoesNotDowngradeIt() {
        var harness = FlowHarness(flow: FlowPreset.carrierSafe.definition)
        harness.handle(.replied, at: 1 * C.hour)
        harness.handle(.escalated, at: 1 * C.hour + C.minute)
        harness.handle(.replied, at: 1 * C.hour + 2 * C.minute)
        #expect(harness.progress.pauseReason == .escalated)
        #expect(harness.actions.filter { if case .pause = $0 { true } else { false } } == [.pause(.replied), .pause(.escalated)])
        harness.handle(.handedBack, at: 2 * C.hour)
        #expect(harness.progress.state == .active)
        harness.runToEnd()
        #expect(harness.sent.count == 4)
    }

    // (preset, channel opted out, at, expected end reason, sends in total)
    static let optOuts: [(FlowPreset, Channel?, TimeInterval, FlowEndReason, Int)] = [
        (.carrierSafe, .sms, 2 * C.hour, .completed, 4),
        (.carrierSafe, .email, 5 * C.hour, .optedOut, 2),
        (.carrierSafe, nil, 5 * C.hour, .optedOut, 2),
        (.threeTouchSMS, .sms, 2 * C.hour, .optedOut, 1),
        (.threeTouchSMS, .email, 2 * C.hour, .completed, 3),
        (.threeTouchSMS, nil, 2 * C.hour, .optedOut, 1),
        (.hybrid, .sms, 2 * C.hour, .completed, 4),
        (.hybrid, .email, 2 * C.hour, .optedOut, 1),
        (.hybrid, nil, 30 * C.minute, .optedOut, 0),
    ]

    @Test(arguments: Self.optOuts)
    func optOutMidFlowSkipsTheChannelOrEnds(
        _ preset: FlowPreset, _ channel: Channel?, _ at: TimeInterval, _ reason: FlowEndReason, _ total: Int
    ) {
        var harness = FlowHarness(flow: preset.definition)
        harness.handle(.optedOut(channel), at: at)
        harness.runToEnd()
        #expect(harness.progress.endReason == reason)
        #expect(harness.sent.count == total)
        if let channel {
            #expect(!harness.sent.contains { $0.channel == channel && $0.at > C.at(at) })
            #expect(harness.progress.optedOutChannels == [channel])
        }
    }

    @Test func optOutOfSMSSkipsTheHybridClickFollowUp() {
        var harness = FlowHarness(flow: FlowPreset.hybrid.definition)
        harness.handle(.optedOut(.sms), at: C.hour)
        harness.handle(.emailClicked, at: 5 * C.hour)
        harness.runToEnd()
        #expect(harness.sent.allSatisfy { $0.channel == .email || $0.at < C.at(C.hour) })
    }

    static let restartingFlow = #"""
        {"name": "r", "settings": {"on_cart_updated": "restart"},
         "steps": [{"delay": "30m", "channel": "sms"}, {"delay": "4h", "channel": "email"}]}
        """#

    @Test func cartUpdateRestartsFromTheFirstStepWhenConfigured() throws {
        var flow = try C.flow(
            Self.restartingFlow
        )
        var harness = FlowHarness(flow: flow)
        harness.handle(.cartUpdated, at: 2 * C.hour)
        #expect(harness.progress.run == 1)
        #expect(harness.progress.abandonedAt == C.at(2 * C.hour))
        harness.runToEnd()
        #expect(harness.timeline == [Step(.sms, 30 * C.minute), Step(.sms, 2.5 * C.hour), Step(.email, 6 * C.hour)])
        #expect(harness.progress.endReason == .completed)

        flow.settings.onCartUpdated = .continue
        var continuing = FlowHarness(flow: flow)
        continuing.handle(.cartUpdated, at: 2 * C.hour)
        continuing.runToEnd()
        #expect(continuing.timeline == [Step(.sms, 30 * C.minute), Step(.email, 4 * C.hour)])
        #expect(continuing.progress.run == 0)
    }

    @Test func restartWhilePausedStaysPausedUntilResumed() throws {
        let flow = try C.flow(
            Self.restartingFlow
        )
        var harness = FlowHarness(flow: flow)
        harness.handle(.replied, at: C.hour)
        harness.handle(.cartUpdated, at: 2 * C.hour)
        #expect(harness.jobs.isEmpty)
        #expect(harness.progress.state == .paused)
        harness.handle(.resumed, at: 3 * C.hour)
        harness.runToEnd()
        #expect(harness.timeline == [Step(.sms, 30 * C.minute), Step(.sms, 3.5 * C.hour), Step(.email, 7 * C.hour)])
    }

    @Test func jobsOfTheRunBeforeARestartAreIgnored() throws {
        let flow = try C.flow(
            Self.restartingFlow
        )
        var harness = FlowHarness(flow: flow)
        harness.advance(to: C.at(C.hour))
        harness.handle(.cartUpdated)
        let before = harness.progress
        // A job for step 1 from the first run fires late; step 1 is not pending in the new run.
        harness.handle(.stepDue(1))
        #expect(harness.progress == before)
    }

    @Test func deferralAcrossTheNightSendsAtNineAndTheEmailWaitsForTheGap() {
        // Abandoned at 21:30: the 45-minute text falls at 22:15, inside quiet hours.
        var harness = FlowHarness(
            flow: FlowPreset.carrierSafe.definition, abandonedAt: C.at(21.5 * C.hour), gate: C.quietHoursGate)
        harness.runToEnd()
        #expect(
            harness.timeline == [
                Step(.sms, 33 * C.hour), Step(.email, 34 * C.hour), Step(.email, 45.5 * C.hour), Step(.email, 81.5 * C.hour),
            ])
        #expect(harness.progress.outcomes.first?.outcome == .deferred(until: C.at(33 * C.hour)))
    }

    @Test func aTextPushedPastItsStalenessLimitIsSkipped() {
        // The gate holds texts for a day and a half (e.g. a weekend rule): 1h text → stale after 12h.
        var harness = FlowHarness(flow: FlowPreset.threeTouchSMS.definition) { _, _, now in
            now < C.at(37 * C.hour) ? .deferUntil(C.at(37 * C.hour)) : .send
        }
        harness.runToEnd()
        #expect(harness.skips.map(\.reason) == [.stale, .stale])
        #expect(harness.timeline == [Step(.sms, 72 * C.hour)])
        #expect(harness.progress.outcome(of: 0) == .skipped(.stale))
    }

    @Test func deferralWithinTheLimitReschedulesTheSameStep() {
        var harness = FlowHarness(flow: FlowPreset.threeTouchSMS.definition, abandonedAt: C.at(20.5 * C.hour), gate: C.quietHoursGate)
        harness.advance(to: C.at(21.5 * C.hour))
        #expect(harness.jobs[0] == C.at(33 * C.hour))
        #expect(harness.progress.pending.first?.plannedAt == C.at(21.5 * C.hour))
        harness.runToEnd()
        #expect(harness.timeline.first == Step(.sms, 33 * C.hour))
    }

    @Test func blockRecordsItsReasonAndMovesOn() {
        var harness = FlowHarness(flow: FlowPreset.carrierSafe.definition) { step, _, _ in
            step == 0 ? .block("consent_missing") : .send
        }
        harness.runToEnd()
        #expect(harness.progress.outcome(of: 0) == .blocked("consent_missing"))
        #expect(harness.timeline == [Step(.email, 4 * C.hour), Step(.email, 24 * C.hour), Step(.email, 60 * C.hour)])
    }

    @Test(arguments: [(FlowEvent.superseded, FlowEndReason.superseded), (.cartEmptied, .emptied), (.purchased, .purchased)])
    func supersedingEmptyingOrBuyingEndsAndCancels(_ event: FlowEvent, _ reason: FlowEndReason) {
        var harness = FlowHarness(flow: FlowPreset.hybrid.definition)
        harness.handle(event, at: 5 * C.hour)
        #expect(harness.progress.endReason == reason)
        #expect(harness.jobs.isEmpty)
        harness.handle(.resumed, at: 6 * C.hour)
        harness.handle(.emailClicked, at: 6 * C.hour)
        harness.runToEnd()
        #expect(harness.sent.count == 2)
        #expect(harness.progress.endedAt == C.at(5 * C.hour))
    }

    @Test func holdoutJourneysEndAtOnceAndSendNothing() {
        var flow = FlowPreset.carrierSafe.definition
        flow.holdoutPercent = 100
        var harness = FlowHarness(flow: flow)
        #expect(harness.actions == [.end(.holdout)])
        #expect(harness.progress.holdout)
        #expect(harness.progress.state == .ended)
        #expect(harness.progress.startedAt == C.start)
        harness.runToEnd()
        #expect(harness.sent.isEmpty)
    }

    @Test func purchaseWhileASendIsInFlightStillRecordsTheSendForTheGap() {
        var harness = FlowHarness(flow: FlowPreset.carrierSafe.definition)
        harness.advance(to: C.at(45 * C.minute - 1))
        let due = FlowEngine.handle(
            .stepDue(0), progress: harness.progress, flow: harness.flow, context: harness.context, now: C.at(45 * C.minute))
        let bought = FlowEngine.handle(
            .purchased, progress: due.progress, flow: harness.flow, context: harness.context, now: C.at(45 * C.minute))
        let sent = FlowEngine.handle(
            .stepSent(0, channel: .sms, at: C.at(46 * C.minute)), progress: bought.progress, flow: harness.flow, context: harness.context,
            now: C.at(46 * C.minute))
        #expect(sent.actions.isEmpty)
        #expect(sent.progress.lastSMSAt == C.at(46 * C.minute))
        #expect(sent.progress.endReason == .purchased)
    }
}
