import Foundation
import ReclaimCore
import Testing

/// The engine tolerates what a real scheduler does: early, duplicate and out-of-date jobs, replayed
/// send reports, events before the start or after the end, and results arriving while paused.
@Suite struct FlowEngineRobustnessTests {
    typealias C = FlowClock

    @Test func duplicateUnknownAndEarlyJobsChangeNothingOrReschedule() throws {
        let flow = try C.flow(FlowEngineRuleTests.acceptance)
        let context = C.context()
        let start = FlowEngine.start(flow: flow, context: context, abandonedAt: C.start, now: C.start)
        let early = FlowEngine.handle(.stepDue(0), progress: start.progress, flow: flow, context: context, now: C.at(1))
        #expect(early.actions == [.schedule(step: 0, at: C.at(2))])
        let unknown = FlowEngine.handle(.stepDue(2), progress: start.progress, flow: flow, context: context, now: C.at(30))
        #expect(unknown == FlowTransition(progress: start.progress, actions: []))
        let outOfRange = FlowEngine.handle(.stepDue(99), progress: start.progress, flow: flow, context: context, now: C.at(30))
        #expect(outOfRange.actions.isEmpty)
        let due = FlowEngine.handle(.stepDue(0), progress: start.progress, flow: flow, context: context, now: C.at(2))
        #expect(due.actions == [.send(step: 0, channel: .sms, template: nil, discount: nil, variant: nil)])
        let duplicate = FlowEngine.handle(.stepDue(0), progress: due.progress, flow: flow, context: context, now: C.at(3))
        #expect(duplicate.actions.isEmpty)
        let sent = FlowEngine.handle(
            .stepSent(0, channel: .sms, at: C.at(2)), progress: due.progress, flow: flow, context: context, now: C.at(2))
        #expect(sent.actions == [.schedule(step: 1, at: C.at(4))])
        let replay = FlowEngine.handle(
            .stepSent(0, channel: .sms, at: C.at(2)), progress: sent.progress, flow: flow, context: context, now: C.at(3))
        #expect(replay == FlowTransition(progress: sent.progress, actions: []))
    }

    @Test func eventsBeforeTheStartAreIgnored() throws {
        let flow = try C.flow(FlowEngineRuleTests.acceptance)
        let fresh = JourneyProgress(flowName: flow.name)
        for event in [FlowEvent.stepDue(0), .purchased, .replied, .optedOut(nil), .resumed, .cartUpdated] {
            let result = FlowEngine.handle(event, progress: fresh, flow: flow, context: C.context(), now: C.start)
            #expect(result == FlowTransition(progress: fresh, actions: []))
        }
    }

    @Test func endedJourneysIgnoreEverything() throws {
        var harness = FlowHarness(flow: try C.flow(FlowEngineRuleTests.acceptance))
        harness.handle(.purchased, at: 3)
        let ended = harness.progress
        let events: [FlowEvent] = [
            .stepDue(1), .clicked, .replied, .emailOpened, .emailClicked, .purchased, .optedOut(.sms), .cartUpdated,
            .cartEmptied, .superseded, .escalated, .paused(.merchant), .resumed, .handedBack,
            .stepDeferred(1, until: C.at(100)), .stepBlocked(1, reason: "x"), .started(abandonedAt: C.at(5)),
        ]
        for event in events {
            let result = FlowEngine.handle(event, progress: ended, flow: harness.flow, context: harness.context, now: C.at(10))
            #expect(result == FlowTransition(progress: ended, actions: []))
        }
    }

    @Test func pausedJourneysIgnoreDueJobsButStillRecordResults() throws {
        var harness = FlowHarness(flow: try C.flow(FlowEngineRuleTests.acceptance))
        harness.advance(to: C.at(1))
        let due = FlowEngine.handle(.stepDue(0), progress: harness.progress, flow: harness.flow, context: harness.context, now: C.at(2))
        let paused = FlowEngine.handle(.escalated, progress: due.progress, flow: harness.flow, context: harness.context, now: C.at(2))
        #expect(paused.actions == [.cancelScheduled, .pause(.escalated)])
        let sent = FlowEngine.handle(
            .stepSent(0, channel: .sms, at: C.at(3)), progress: paused.progress, flow: harness.flow, context: harness.context, now: C.at(3))
        #expect(sent.actions.isEmpty)  // the next step is planned but not scheduled while paused
        #expect(sent.progress.pending.map(\.step) == [1])
        #expect(sent.progress.outcome(of: 0) == .sent(.sms))
        let ignored = FlowEngine.handle(.stepDue(1), progress: sent.progress, flow: harness.flow, context: harness.context, now: C.at(10))
        #expect(ignored.actions.isEmpty)
        let resumed = FlowEngine.handle(.handedBack, progress: sent.progress, flow: harness.flow, context: harness.context, now: C.at(12))
        #expect(resumed.actions == [.schedule(step: 1, at: C.at(15))])  // due 5 (gap) + 10 paused
    }

    @Test func aSendReportFromBeforeARestartDoesNotCountForTheNewRun() throws {
        let flow = try C.flow(FlowEngineBranchTests.restartingFlow)
        let context = C.context()
        let start = FlowEngine.start(flow: flow, context: context, abandonedAt: C.start, now: C.start)
        let due = FlowEngine.handle(.stepDue(0), progress: start.progress, flow: flow, context: context, now: C.at(30 * C.minute))
        let restarted = FlowEngine.handle(.cartUpdated, progress: due.progress, flow: flow, context: context, now: C.at(31 * C.minute))
        let late = FlowEngine.handle(
            .stepSent(0, channel: .sms, at: C.at(32 * C.minute)), progress: restarted.progress, flow: flow, context: context,
            now: C.at(32 * C.minute))
        #expect(late.actions.isEmpty)
        #expect(late.progress.lastSMSAt == C.at(32 * C.minute))
        #expect(late.progress.pending.map(\.step) == [0])
        #expect(late.progress.outcome(of: 0) == nil)
    }
}
