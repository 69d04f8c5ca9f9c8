import Foundation
import Testing

@testable import ReclaimCore

/// Windows open at the intended local time on DST change days (test case 22): US spring forward
/// 2026-03-08, fall back 2026-11-01; EU 2026-03-29 and 2026-10-25.
@Suite struct QuietHoursDSTTests {
    static let nineEveryDay = QuietHoursPolicy(defaultSchedule: .everyDay(LocalTimeWindow(hours: 9..<20)))

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var phone: PhoneLocation
        var policy: QuietHoursPolicy
        var now: String
        var expected: String
        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        Case(
            name: "US spring forward, Sunday noon window (EDT)", phone: ComplianceFixture.phone("US", "NY", zones: ["America/New_York"]),
            policy: QuietHoursPolicy(), now: "2026-03-08T06:00:00Z", expected: "2026-03-08T16:00:00Z"),
        Case(
            name: "US spring forward, 9:00 window", phone: ComplianceFixture.phone("US", "NY", zones: ["America/New_York"]),
            policy: nineEveryDay, now: "2026-03-08T06:00:00Z", expected: "2026-03-08T13:00:00Z"),
        Case(
            name: "US spring forward, Pacific 9:00", phone: ComplianceFixture.phone("US", "CA", zones: ["America/Los_Angeles"]),
            policy: nineEveryDay, now: "2026-03-08T09:00:00Z", expected: "2026-03-08T16:00:00Z"),
        Case(
            name: "US spring forward, Florida 8:00 (legal rules only)",
            phone: ComplianceFixture.phone("US", "FL", zones: ["America/New_York"]),
            policy: ComplianceFixture.legalRulesOnly.quietHours, now: "2026-03-08T06:00:00Z", expected: "2026-03-08T12:00:00Z"),
        Case(
            name: "US spring forward, Arizona keeps standard time", phone: ComplianceFixture.phone("US", "AZ", zones: ["America/Phoenix"]),
            policy: nineEveryDay, now: "2026-03-08T06:00:00Z", expected: "2026-03-08T16:00:00Z"),
        Case(
            name: "US fall back, 9:00 window (EST)", phone: ComplianceFixture.phone("US", "NY", zones: ["America/New_York"]),
            policy: nineEveryDay, now: "2026-11-01T04:00:00Z", expected: "2026-11-01T14:00:00Z"),
        Case(
            name: "US fall back, Sunday noon window", phone: ComplianceFixture.phone("US", "NY", zones: ["America/New_York"]),
            policy: QuietHoursPolicy(), now: "2026-11-01T04:00:00Z", expected: "2026-11-01T17:00:00Z"),
        Case(
            name: "Saturday night before fall back", phone: ComplianceFixture.phone("US", "IL", zones: ["America/Chicago"]),
            policy: QuietHoursPolicy(), now: "2026-11-01T01:30:00Z", expected: "2026-11-01T18:00:00Z"),
        Case(
            name: "Saturday night before spring forward", phone: ComplianceFixture.phone("US", "NY", zones: ["America/New_York"]),
            policy: QuietHoursPolicy(), now: "2026-03-08T01:30:00Z", expected: "2026-03-08T16:00:00Z"),
        Case(
            name: "EU spring forward, France closed Sunday → Monday 9:00 CEST", phone: ComplianceFixture.phone("FR"),
            policy: QuietHoursPolicy(), now: "2026-03-28T20:00:00Z", expected: "2026-03-30T07:00:00Z"),
        Case(
            name: "EU spring forward, Germany Sunday noon CEST", phone: ComplianceFixture.phone("DE"),
            policy: QuietHoursPolicy(), now: "2026-03-29T00:30:00Z", expected: "2026-03-29T10:00:00Z"),
        Case(
            name: "EU spring forward, Germany 9:00 CEST", phone: ComplianceFixture.phone("DE"),
            policy: nineEveryDay, now: "2026-03-29T00:30:00Z", expected: "2026-03-29T07:00:00Z"),
        Case(
            name: "EU spring forward, UK noon BST", phone: ComplianceFixture.phone("GB"),
            policy: QuietHoursPolicy(), now: "2026-03-29T00:30:00Z", expected: "2026-03-29T11:00:00Z"),
        Case(
            name: "EU fall back, Germany noon CET", phone: ComplianceFixture.phone("DE"),
            policy: QuietHoursPolicy(), now: "2026-10-25T00:30:00Z", expected: "2026-10-25T11:00:00Z"),
        Case(
            name: "EU fall back, UK noon GMT", phone: ComplianceFixture.phone("GB"),
            policy: QuietHoursPolicy(), now: "2026-10-25T00:30:00Z", expected: "2026-10-25T12:00:00Z"),
        Case(
            name: "EU fall back, Germany 9:00 CET", phone: ComplianceFixture.phone("DE"),
            policy: nineEveryDay, now: "2026-10-25T00:30:00Z", expected: "2026-10-25T08:00:00Z"),
        Case(
            name: "Between EU and US changes: London 9:00 BST vs New York", phone: ComplianceFixture.phone("GB"),
            policy: nineEveryDay, now: "2026-03-16T00:00:00Z", expected: "2026-03-16T09:00:00Z"),
    ]

    @Test(arguments: cases)
    func windowOpensAtTheIntendedLocalTime(_ testCase: Case) {
        let location = ComplianceFixture.location(phone: testCase.phone)
        let first = testCase.policy.firstAllowedInstant(after: ComplianceFixture.utc(testCase.now), location: location)
        #expect(first == ComplianceFixture.utc(testCase.expected))
    }

    /// 01:30 happens twice on 2026-11-01 in New York; both are refused and read as 1:30 AM.
    @Test(arguments: ["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"])
    func repeatedHourIsReadAsLocalTime(utc: String) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "NY", zones: ["America/New_York"]))
        let violations = QuietHoursPolicy().violations(at: ComplianceFixture.utc(utc), location: location)
        #expect(violations.first?.moment.time == LocalTimeOfDay(hour: 1, minute: 30))
        #expect(!violations.isEmpty)
    }

    @Test func localMomentAfterSpringForwardIsDaylightTime() {
        let moment = LocalMoment(ComplianceFixture.utc("2026-03-08T13:30:00Z"), in: TimeZone(identifier: "America/New_York")!)
        #expect(moment.time == LocalTimeOfDay(hour: 9, minute: 30))
        #expect(moment.weekday == .sunday)
    }
}
