import Foundation
import Testing

@testable import ReclaimCore

/// The store's default window and the federal window that no store setting can widen.
@Suite struct QuietHoursWindowTests {
    static let ny = "America/New_York"
    static let newYork = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "NY", areaCode: "212"))

    /// Reference default: 9–8 Monday–Saturday, noon–8 Sunday.
    @Test(arguments: [
        ("2026-11-23 08:59:59", false), ("2026-11-23 09:00:00", true), ("2026-11-23 19:59:59", true),
        ("2026-11-23 20:00:00", false), ("2026-11-28 09:00:00", true), ("2026-11-22 11:59:59", false),
        ("2026-11-22 12:00:00", true), ("2026-11-22 19:59:59", true), ("2026-11-22 20:00:00", false),
        ("2026-11-23 00:00:00", false),
    ])
    func referenceDefaultWindow(local: String, allowed: Bool) {
        #expect(QuietHoursPolicy().isAllowed(at: ComplianceFixture.local(local, Self.ny), location: Self.newYork) == allowed)
    }

    /// Test case 19: a store window configured wider than the law still stops at 8:00 and 21:00.
    @Test(arguments: [
        ("2026-11-23 07:59:59", ["federal_quiet_hours"]), ("2026-11-23 08:00:00", []),
        ("2026-11-23 20:59:59", []), ("2026-11-23 21:00:00", ["federal_quiet_hours"]),
        ("2026-11-23 07:30:00", ["federal_quiet_hours"]),
    ])
    func case19FederalBoundariesHoldUnderAWiderStoreWindow(local: String, codes: [String]) {
        let policy = QuietHoursPolicy(defaultSchedule: .everyDay(LocalTimeWindow(hours: 7..<22)))
        let found = policy.violations(at: ComplianceFixture.local(local, Self.ny), location: Self.newYork).map(\.code)
        #expect(found == codes)
    }

    @Test func federalRuleDoesNotApplyOutsideTheUS() {
        let policy = QuietHoursPolicy(defaultSchedule: .everyDay(LocalTimeWindow(hours: 7..<22)))
        let london = ComplianceFixture.location(phone: ComplianceFixture.phone("GB"))
        #expect(policy.isAllowed(at: ComplianceFixture.local("2026-11-23 07:30", "Europe/London"), location: london))
    }

    @Test func defaultReasonMatchesTheDocumentedWording() {
        let reasons = QuietHoursViolation.reasons(
            for: QuietHoursPolicy().violations(at: ComplianceFixture.local("2026-11-23 07:30", Self.ny), location: Self.newYork))
        #expect(
            reasons.first
                == Reason(
                    code: "quiet_hours", message: "7:30 AM in America/New_York is outside the 9:00 AM–8:00 PM Monday–Saturday window"))
    }

    @Test func firstAllowedIsNowWhenAllowed() {
        let now = ComplianceFixture.local("2026-11-24 15:00", Self.ny)
        #expect(QuietHoursPolicy().firstAllowedInstant(after: now, location: Self.newYork) == now)
    }

    @Test func aScheduleThatNeverOpensFindsNothing() {
        let policy = QuietHoursPolicy(defaultSchedule: WeeklySchedule(windows: [:]))
        #expect(policy.firstAllowedInstant(after: ComplianceFixture.utc("2026-11-23T12:00:00Z"), location: Self.newYork) == nil)
    }

    @Test(arguments: [
        (LocalTimeOfDay(hour: 9), "9:00 AM"), (LocalTimeOfDay(hour: 12), "12:00 PM"), (LocalTimeOfDay(hour: 0), "12:00 AM"),
        (LocalTimeOfDay(hour: 20), "8:00 PM"), (LocalTimeOfDay(hour: 7, minute: 59, second: 59), "7:59:59 AM"),
        (LocalTimeOfDay(hour: 13, minute: 30), "1:30 PM"), (LocalTimeOfDay(hour: 24), "12:00 AM"),
    ])
    func timeOfDayText(time: LocalTimeOfDay, text: String) {
        #expect(time.description == text)
    }
}
