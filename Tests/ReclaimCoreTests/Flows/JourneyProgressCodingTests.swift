import Foundation
import ReclaimCore
import Testing

@Suite struct JourneyProgressCodingTests {
    typealias C = FlowClock

    @Test(arguments: FlowPreset.allCases)
    func progressSurvivesAJSONRoundTripAtEveryStep(_ preset: FlowPreset) throws {
        // The server persists progress as JSON between events; decoding must give back the same value,
        // so a restarted process continues exactly where the last one stopped.
        var harness = FlowHarness(flow: preset.definition, gate: C.quietHoursGate)
        harness.handle(.emailClicked, at: 5 * C.hour)
        harness.handle(.optedOut(.email), at: 30 * C.hour)
        for hour in stride(from: 0.0, through: 100, by: 7) {
            harness.advance(to: C.at(hour * C.hour))
            let data = try JSONEncoder().encode(harness.progress)
            #expect(try JSONDecoder().decode(JourneyProgress.self, from: data) == harness.progress)
        }
    }

    @Test func reasonsAreStoredAsSnakeCaseStrings() throws {
        #expect(FlowEndReason.optedOut.rawValue == "opted_out")
        #expect(FlowPauseReason.shopperRequested.rawValue == "shopper_requested")
        #expect(FlowSkipReason.conditionNotMet.rawValue == "condition_not_met")
        #expect(Set(FlowEndReason.allCases.map(\.rawValue)) == ["purchased", "opted_out", "completed", "superseded", "emptied", "holdout"])
    }

    @Test func eventsAndActionsAreCodable() throws {
        let events: [FlowEvent] = [.started(abandonedAt: C.start), .stepDeferred(1, until: C.start), .optedOut(nil), .paused(.merchant)]
        let actions: [FlowAction] = [
            .send(step: 1, channel: .email, template: nil, discount: DiscountOffer(type: .percent, value: 5), variant: "B"), .end(.holdout),
        ]
        #expect(try JSONDecoder().decode([FlowEvent].self, from: JSONEncoder().encode(events)) == events)
        #expect(try JSONDecoder().decode([FlowAction].self, from: JSONEncoder().encode(actions)) == actions)
    }
}
