import Foundation
import Testing

@testable import ReclaimCore

/// Every state row of compliance-rules.md §2.2, checked with the store window opened to the whole
/// day so only the legal rules (federal + state) decide. Expected codes empty = allowed.
@Suite struct StateQuietHoursTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var state: String
        var local: String
        var zone: String
        var codes: Set<String>
        var testDescription: String {
            "\(self.state) \(self.local) → \(self.codes.isEmpty ? "allowed" : self.codes.sorted().joined(separator: ","))"
        }
    }

    static let ny = "America/New_York", chi = "America/Chicago", den = "America/Denver", la = "America/Los_Angeles"

    static let cases: [Case] = [
        // Florida 8–8 (plus federal 8–9): Monday 2026-11-23.
        Case(state: "FL", local: "2026-11-23 07:59:59", zone: ny, codes: ["federal_quiet_hours", "state_quiet_hours_fl"]),
        Case(state: "FL", local: "2026-11-23 08:00:00", zone: ny, codes: []),
        Case(state: "FL", local: "2026-11-23 19:59:59", zone: ny, codes: []),
        Case(state: "FL", local: "2026-11-23 20:00:00", zone: ny, codes: ["state_quiet_hours_fl"]),
        Case(state: "FL", local: "2026-11-22 08:30:00", zone: chi, codes: []),
        // Oklahoma, Maryland, Oregon, Washington, Massachusetts 8–8.
        Case(state: "OK", local: "2026-11-23 07:59:00", zone: chi, codes: ["federal_quiet_hours", "state_quiet_hours_ok"]),
        Case(state: "OK", local: "2026-11-23 19:59:00", zone: chi, codes: []),
        Case(state: "OK", local: "2026-11-23 20:00:00", zone: chi, codes: ["state_quiet_hours_ok"]),
        Case(state: "MD", local: "2026-11-23 20:00:00", zone: ny, codes: ["state_quiet_hours_md"]),
        Case(state: "MD", local: "2026-11-23 08:00:00", zone: ny, codes: []),
        Case(state: "OR", local: "2026-11-23 20:30:00", zone: la, codes: ["state_quiet_hours_or"]),
        Case(state: "OR", local: "2026-11-23 08:00:00", zone: la, codes: []),
        Case(state: "WA", local: "2026-11-23 20:00:00", zone: la, codes: ["state_quiet_hours_wa"]),
        Case(state: "MA", local: "2026-11-23 20:15:00", zone: ny, codes: ["state_quiet_hours_ma"]),
        // Connecticut starts at 9.
        Case(state: "CT", local: "2026-11-23 08:30:00", zone: ny, codes: ["state_quiet_hours_ct"]),
        Case(state: "CT", local: "2026-11-23 09:00:00", zone: ny, codes: []),
        Case(state: "CT", local: "2026-11-23 20:00:00", zone: ny, codes: ["state_quiet_hours_ct"]),
        // Texas 9–9 Mon–Sat, noon–9 Sunday.
        Case(state: "TX", local: "2026-11-22 11:00:00", zone: chi, codes: ["state_quiet_hours_tx"]),
        Case(state: "TX", local: "2026-11-22 12:00:00", zone: chi, codes: []),
        Case(state: "TX", local: "2026-11-23 08:30:00", zone: chi, codes: ["state_quiet_hours_tx"]),
        Case(state: "TX", local: "2026-11-23 20:30:00", zone: chi, codes: []),
        Case(state: "TX", local: "2026-11-23 21:00:00", zone: chi, codes: ["state_quiet_hours_tx", "federal_quiet_hours"]),
        // Mississippi 8–8 Central, no Sunday, state holidays.
        Case(state: "MS", local: "2026-11-22 12:00:00", zone: chi, codes: ["state_sunday_ms"]),
        Case(state: "MS", local: "2026-11-23 19:59:00", zone: chi, codes: []),
        Case(state: "MS", local: "2026-11-23 20:00:00", zone: chi, codes: ["state_quiet_hours_ms"]),
        Case(state: "MS", local: "2026-04-27 10:00:00", zone: chi, codes: ["state_holiday_ms"]),
        Case(state: "MS", local: "2026-12-25 10:00:00", zone: chi, codes: ["state_holiday_ms"]),
        // Alabama: no Sunday, state holidays.
        Case(state: "AL", local: "2026-11-22 14:00:00", zone: chi, codes: ["state_sunday_al"]),
        Case(state: "AL", local: "2026-06-01 10:00:00", zone: chi, codes: ["state_holiday_al"]),
        Case(state: "AL", local: "2026-02-17 10:00:00", zone: chi, codes: ["state_holiday_al"]),
        Case(state: "AL", local: "2026-11-24 10:00:00", zone: chi, codes: []),
        Case(state: "AL", local: "2026-11-26 10:00:00", zone: chi, codes: ["state_holiday_al"]),
        // Louisiana: no Sunday, state holidays (Good Friday, Mardi Gras).
        Case(state: "LA", local: "2026-11-29 13:00:00", zone: chi, codes: ["state_sunday_la"]),
        Case(state: "LA", local: "2026-04-03 10:00:00", zone: chi, codes: ["state_holiday_la"]),
        Case(state: "LA", local: "2026-02-17 10:00:00", zone: chi, codes: ["state_holiday_la"]),
        Case(state: "LA", local: "2026-12-25 10:00:00", zone: chi, codes: ["state_holiday_la"]),
        Case(state: "LA", local: "2026-11-24 19:00:00", zone: chi, codes: []),
        // Rhode Island: 9–6 weekdays, 10–5 Saturday, no Sunday or holidays.
        Case(state: "RI", local: "2026-11-22 12:00:00", zone: ny, codes: ["state_sunday_ri"]),
        Case(state: "RI", local: "2026-11-28 09:30:00", zone: ny, codes: ["state_quiet_hours_ri"]),
        Case(state: "RI", local: "2026-11-28 16:59:00", zone: ny, codes: []),
        Case(state: "RI", local: "2026-11-28 17:00:00", zone: ny, codes: ["state_quiet_hours_ri"]),
        Case(state: "RI", local: "2026-11-23 18:00:00", zone: ny, codes: ["state_quiet_hours_ri"]),
        Case(state: "RI", local: "2026-08-10 11:00:00", zone: ny, codes: ["state_holiday_ri"]),
        // Utah: no Sunday, state holidays (Pioneer Day), 8–9.
        Case(state: "UT", local: "2026-11-22 12:00:00", zone: den, codes: ["state_sunday_ut"]),
        Case(state: "UT", local: "2026-07-24 10:00:00", zone: den, codes: ["state_holiday_ut"]),
        Case(state: "UT", local: "2026-11-23 20:30:00", zone: den, codes: []),
        // Kentucky 10–9, Michigan/Minnesota/New Mexico 9–9, Nevada 9–8 (vendor charts, [U]).
        Case(state: "KY", local: "2026-11-23 09:30:00", zone: ny, codes: ["state_quiet_hours_ky"]),
        Case(state: "KY", local: "2026-11-23 10:00:00", zone: ny, codes: []),
        Case(state: "MI", local: "2026-11-23 08:30:00", zone: ny, codes: ["state_quiet_hours_mi"]),
        Case(state: "MN", local: "2026-11-23 08:30:00", zone: chi, codes: ["state_quiet_hours_mn"]),
        Case(state: "NM", local: "2026-11-23 08:30:00", zone: den, codes: ["state_quiet_hours_nm"]),
        Case(state: "NV", local: "2026-11-23 20:00:00", zone: la, codes: ["state_quiet_hours_nv"]),
        Case(state: "NV", local: "2026-11-23 08:30:00", zone: la, codes: ["state_quiet_hours_nv"]),
        // Pennsylvania: Sunday from 1:30 PM.
        Case(state: "PA", local: "2026-11-22 13:00:00", zone: ny, codes: ["state_quiet_hours_pa"]),
        Case(state: "PA", local: "2026-11-22 13:30:00", zone: ny, codes: []),
        // States without their own rule: only the federal 8–9.
        Case(state: "NY", local: "2026-11-23 07:59:59", zone: ny, codes: ["federal_quiet_hours"]),
        Case(state: "NY", local: "2026-11-23 08:00:00", zone: ny, codes: []),
        Case(state: "IL", local: "2026-11-23 20:59:59", zone: chi, codes: []),
        Case(state: "IL", local: "2026-11-23 21:00:00", zone: chi, codes: ["federal_quiet_hours"]),
        Case(state: "GA", local: "2026-11-22 08:00:00", zone: ny, codes: []),
        Case(state: "CA", local: "2026-11-22 22:30:00", zone: la, codes: ["federal_quiet_hours"]),
    ]

    @Test(arguments: cases)
    func legalRulesDecide(_ testCase: Case) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", testCase.state, zones: [testCase.zone]))
        let policy = ComplianceFixture.legalRulesOnly.quietHours
        let codes = Set(policy.violations(at: ComplianceFixture.local(testCase.local, testCase.zone), location: location).map(\.code))
        #expect(codes == testCase.codes)
    }

    @Test func floridaReasonNamesTheRuleAndWindow() throws {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "FL", zones: [Self.ny]))
        let violations = QuietHoursPolicy().violations(at: ComplianceFixture.local("2026-11-23 20:30", Self.ny), location: location)
        let reasons = QuietHoursViolation.reasons(for: violations)
        let florida = try #require(reasons.first { $0.code == "state_quiet_hours_fl" })
        #expect(florida.message.hasPrefix("8:30 PM in America/New_York is outside Florida's 8:00 AM–8:00 PM window"))
    }

    @Test func sundayAndHolidayReasonsNameTheDay() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "AL", zones: [Self.chi]))
        let policy = QuietHoursPolicy()
        let sunday = QuietHoursViolation.reasons(
            for: policy.violations(at: ComplianceFixture.local("2026-11-22 14:00", Self.chi), location: location))
        #expect(
            sunday.first { $0.code == "state_sunday_al" }?.message
                .hasPrefix("Sunday in America/Chicago: Alabama allows no marketing texts on Sundays") == true)
        let christmas = QuietHoursViolation.reasons(
            for: policy.violations(at: ComplianceFixture.local("2026-12-25 14:00", Self.chi), location: location))
        #expect(
            christmas.first { $0.code == "state_holiday_al" }?.message
                .hasPrefix("Christmas Day, 2026-12-25 in America/Chicago") == true)
    }
}
