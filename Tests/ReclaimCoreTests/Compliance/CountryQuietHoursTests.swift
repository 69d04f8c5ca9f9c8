import Foundation
import Testing

@testable import ReclaimCore

/// Country rules: France (§2.4) has its own window, Sunday and holiday bans; elsewhere the store
/// window applies in the country's zones.
@Suite struct CountryQuietHoursTests {
    static let paris = "Europe/Paris"

    @Test(arguments: [
        ("FR", "2026-11-22 14:00", paris, ["country_sunday_fr"]),
        ("FR", "2026-11-23 20:15", paris, ["quiet_hours", "country_quiet_hours_fr"]),
        ("FR", "2026-11-24 10:00", paris, []),
        ("FR", "2026-05-14 10:00", paris, ["country_holiday_fr"]),
        ("FR", "2026-11-11 10:00", paris, ["country_holiday_fr"]),
        ("FR", "2026-07-14 10:00", paris, ["country_holiday_fr"]),
        ("FR", "2026-04-06 10:00", paris, ["country_holiday_fr"]),
        ("FR", "2026-12-26 10:00", paris, ["country_holiday_fr"]),
        ("FR", "2026-11-23 08:30", paris, ["quiet_hours"]),
        ("DE", "2026-11-22 12:30", "Europe/Berlin", []),
        ("DE", "2026-11-23 08:30", "Europe/Berlin", ["quiet_hours"]),
        ("GB", "2026-11-22 11:00", "Europe/London", ["quiet_hours"]),
        ("IE", "2026-11-23 20:00", "Europe/Dublin", ["quiet_hours"]),
        ("ES", "2026-11-23 09:30", "Europe/Madrid", ["quiet_hours"]),
        ("IT", "2026-11-23 19:00", "Europe/Rome", []),
        ("NL", "2026-11-23 19:00", "Europe/Amsterdam", []),
        ("BE", "2026-11-23 21:00", "Europe/Brussels", ["quiet_hours"]),
        ("JP", "2026-11-23 10:00", "Asia/Tokyo", []),
        ("IN", "2026-11-23 08:00", "Asia/Kolkata", ["quiet_hours"]),
        ("NZ", "2026-11-23 19:30", "Pacific/Auckland", ["quiet_hours"]),
    ])
    func countryRules(country: String, local: String, zone: String, codes: [String]) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone(country))
        let found = QuietHoursPolicy().violations(at: ComplianceFixture.local(local, zone), location: location)
        #expect(Set(found.map(\.code)) == Set(codes))
    }

    /// Spain's candidate zones include the Canaries (one hour behind): 10:00 Madrid is 9:00 there.
    @Test func multiZoneCountryUsesTheIntersection() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("ES"))
        let first = QuietHoursPolicy().firstAllowedInstant(
            after: ComplianceFixture.local("2026-11-23 06:00", "Europe/Madrid"),
            location: location)
        #expect(first == ComplianceFixture.local("2026-11-23 10:00", "Europe/Madrid"))
    }

    @Test func frenchSundayDefersToMonday() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("FR"))
        let first = QuietHoursPolicy().firstAllowedInstant(
            after: ComplianceFixture.local("2026-11-21 20:30", Self.paris),
            location: location)
        #expect(first == ComplianceFixture.local("2026-11-23 09:00", Self.paris))
    }

    /// Armistice (Wednesday 11 Nov 2026) is skipped: the next allowed moment is Thursday 9:00.
    @Test func frenchHolidayDefersToTheNextDay() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("FR"))
        let first = QuietHoursPolicy().firstAllowedInstant(
            after: ComplianceFixture.local("2026-11-10 20:30", Self.paris),
            location: location)
        #expect(first == ComplianceFixture.local("2026-11-12 09:00", Self.paris))
    }
}
