import Foundation
import Testing

@testable import ReclaimCore

/// Which grants lift a STOP (issue 16 item 1): only a new affirmative act made after it.
@Suite struct OptOutLiftTests {
    /// The STOP's own time; the grant arrives an hour later.
    static let stop = ComplianceFixture.utc("2026-11-23T12:00:00Z")
    static let now = ComplianceFixture.utc("2026-11-23T13:00:00Z")

    /// Grant times relative to the STOP, in seconds (`nil`: the source gave none).
    enum When: CaseIterable, CustomTestStringConvertible {
        case none, before, sameMillisecond, after, future

        var offset: TimeInterval? {
            switch self {
            case .none: nil
            case .before: -60
            case .sameMillisecond: 0.0004  // stored to the millisecond: the same instant
            case .after: 60
            case .future: 86_400  // later than its own arrival: read as the arrival, still after the STOP
            }
        }
        var date: Date? { self.offset.map { OptOutLiftTests.stop.addingTimeInterval($0) } }
        var testDescription: String { "\(self)" }
    }

    @Test(arguments: [
        (ConsentKind.expressWritten, When.after, false, OptOutLift.Decision.lifts),
        (.doubleOptIn, .after, false, .lifts),
        (.expressWritten, .future, false, .lifts),
        (.singleOptIn, .after, false, .notExplicit),
        (.none, .after, false, .notExplicit),
        (.revoked, .after, false, .notExplicit),
        (.expressWritten, .none, false, .noOwnTime),
        (.doubleOptIn, .none, false, .noOwnTime),
        (.expressWritten, .before, false, .notAfterOptOut),
        (.expressWritten, .before, true, .notAfterOptOut),
        (.doubleOptIn, .sameMillisecond, false, .notAfterOptOut),
        (.expressWritten, .after, true, .resent),
        (.doubleOptIn, .future, true, .resent),
    ])
    func aRecordedGrantLiftsOnlyWhenExplicitTimedLaterAndNew(
        kind: ConsentKind, when: When, resent: Bool, expected: OptOutLift.Decision
    ) {
        let earlier = resent ? [when.date ?? Self.now] : [Self.stop.addingTimeInterval(-3600)]
        let decision = OptOutLift.decide(
            .recorded(kind: kind, occurredAt: when.date), optOutAt: Self.stop, recordedGrantTimes: earlier, now: Self.now)
        #expect(decision == expected)
    }

    /// Every combination: a recorded grant lifts exactly when it is explicit, has its own time after the
    /// STOP and restates no recorded grant; START by text always lifts.
    @Test func everyCombinationFollowsTheRule() {
        for kind in ConsentKind.allCases {
            for when in When.allCases {
                for resent in [false, true] {
                    let recorded = resent ? [when.date ?? Self.now] : []
                    let decision = OptOutLift.decide(
                        .recorded(kind: kind, occurredAt: when.date), optOutAt: Self.stop,
                        recordedGrantTimes: recorded, now: Self.now)
                    let explicit = kind == .expressWritten || kind == .doubleOptIn
                    let later = when == .after || when == .future
                    #expect((decision == .lifts) == (explicit && later && !resent), "\(kind) \(when) resent: \(resent)")
                }
            }
            #expect(OptOutLift.decide(.keyword, optOutAt: Self.stop, recordedGrantTimes: [], now: Self.now) == .lifts)
        }
    }

    @Test func theOptOutTimeIsTheLatestRevocationSinceTheSuppressionOrElseTheSuppressionsOwn() {
        let suppressedAt = Self.stop.addingTimeInterval(300)
        func revoked(occurred: TimeInterval, recorded: TimeInterval) -> ConsentRecord {
            ConsentRecord(
                id: UUID().uuidString, storeID: "s", channel: .sms, address: "+13125550101", kind: .revoked,
                source: .api, occurredAt: Self.stop.addingTimeInterval(occurred),
                recordedAt: Self.stop.addingTimeInterval(recorded))
        }
        // A revocation that happened at 12:00 but reached us at 12:05 stands since 12:00.
        #expect(OptOutLift.optOutTime(history: [revoked(occurred: 0, recorded: 300)], suppressedAt: suppressedAt) == Self.stop)
        // A second STOP renews it: the later one counts.
        let renewed = [revoked(occurred: 0, recorded: 300), revoked(occurred: 600, recorded: 600)]
        #expect(OptOutLift.optOutTime(history: renewed, suppressedAt: suppressedAt) == Self.stop.addingTimeInterval(600))
        // A revocation dated in the future counts from its arrival.
        #expect(
            OptOutLift.optOutTime(history: [revoked(occurred: 9_999, recorded: 300)], suppressedAt: suppressedAt)
                == suppressedAt)
        // Only an older revocation on record (this opt-out wrote none): the suppression's own time.
        #expect(
            OptOutLift.optOutTime(history: [revoked(occurred: -900, recorded: -900)], suppressedAt: suppressedAt)
                == suppressedAt)
        #expect(OptOutLift.optOutTime(history: [], suppressedAt: suppressedAt) == suppressedAt)
    }
}
