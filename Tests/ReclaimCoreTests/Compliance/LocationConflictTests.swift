import Foundation
import Testing

@testable import ReclaimCore

/// Area code versus address, and states spanning zones: every candidate stays and the strictest
/// combination wins (compliance-rules.md §2.3, test cases 17, 18 and 21).
@Suite struct LocationConflictTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var phone: PhoneLocation?
        var address: PostalAddress?
        var now: String
        var until: String?
        var codes: Set<String>
        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        Case(
            name: "850 spans Central and Eastern: 9:00 ET is 8:00 CT", phone: ComplianceFixture.phone("US", "FL", areaCode: "850"),
            now: "2026-11-23T14:30:00Z", until: "2026-11-23T15:00:00Z", codes: ["quiet_hours"]),
        Case(
            name: "541 spans Pacific and Mountain", phone: ComplianceFixture.phone("US", "OR", areaCode: "541"),
            now: "2026-11-23T16:30:00Z", until: "2026-11-23T17:00:00Z", codes: ["quiet_hours"]),
        Case(
            name: "541 evening: 7:30 PM Pacific is 8:30 PM Mountain",
            phone: ComplianceFixture.phone("US", "OR", areaCode: "541"), now: "2026-11-24T03:30:00Z",
            until: "2026-11-24T17:00:00Z", codes: ["quiet_hours", "state_quiet_hours_or"]),
        Case(
            name: "New York number with Florida shipping address at 8:30 PM",
            phone: ComplianceFixture.phone("US", "NY", areaCode: "212"),
            address: PostalAddress(country: "US", province: "FL", zip: "33101"),
            now: "2026-11-24T01:30:00Z", until: "2026-11-24T14:00:00Z", codes: ["quiet_hours", "state_quiet_hours_fl"]),
        Case(
            name: "Chicago number, Los Angeles address", phone: ComplianceFixture.phone("US", "IL", areaCode: "312"),
            address: PostalAddress(country: "US", province: "CA", zip: "90001"),
            now: "2026-11-24T15:30:00Z", until: "2026-11-24T17:00:00Z", codes: ["quiet_hours", "federal_quiet_hours"]),
        Case(
            name: "Florida number, El Paso address", phone: ComplianceFixture.phone("US", "FL", areaCode: "305"),
            address: PostalAddress(country: "US", province: "Texas", zip: "79901"),
            now: "2026-11-23T14:30:00Z", until: "2026-11-23T16:00:00Z", codes: ["quiet_hours", "state_quiet_hours_tx"]),
        Case(
            name: "Connecticut number, New York address at 9:00 ET", phone: ComplianceFixture.phone("US", "CT", areaCode: "203"),
            address: PostalAddress(country: "US", province: "NY", zip: "10001"), now: "2026-11-23T14:00:00Z",
            until: nil, codes: []),
        Case(
            name: "Texas number, Alabama address on Sunday", phone: ComplianceFixture.phone("US", "TX", areaCode: "214"),
            address: PostalAddress(country: "US", province: "AL", zip: "35203"), now: "2026-11-22T19:00:00Z",
            until: "2026-11-23T15:00:00Z", codes: ["state_sunday_al"]),
        Case(
            name: "Address province FL but ZIP in El Paso", address: PostalAddress(country: "US", province: "FL", zip: "79901"),
            now: "2026-11-23T14:30:00Z", until: "2026-11-23T16:00:00Z", codes: ["quiet_hours", "state_quiet_hours_tx"]),
        Case(
            name: "US number, French address: 3 PM New York is 9 PM Paris", phone: ComplianceFixture.phone("US", "NY", areaCode: "212"),
            address: PostalAddress(country: "FR", zip: "75001"), now: "2026-11-24T20:00:00Z",
            until: "2026-11-25T14:00:00Z", codes: ["quiet_hours", "country_quiet_hours_fr"]),
        Case(
            name: "Idaho without ZIP: Pacific and Mountain", phone: ComplianceFixture.phone("US", "ID", areaCode: "208"),
            now: "2026-11-23T16:30:00Z", until: "2026-11-23T17:00:00Z", codes: ["quiet_hours"]),
        Case(
            name: "Kentucky ZIP in Louisville: 10:00 start", address: PostalAddress(country: "US", province: "KY", zip: "40202"),
            now: "2026-11-23T14:30:00Z", until: "2026-11-23T15:00:00Z", codes: ["state_quiet_hours_ky"]),
    ]

    @Test(arguments: cases)
    func strictestCombinationWins(_ testCase: Case) {
        let location = ComplianceFixture.location(phone: testCase.phone, address: testCase.address)
        let decision = SendGate.decide(ComplianceFixture.flowSMS(location, at: ComplianceFixture.utc(testCase.now)))
        #expect(decision.until == testCase.until.map(ComplianceFixture.utc))
        #expect(Set(decision.reasonCodes).isSuperset(of: testCase.codes), "\(decision.reasons)")
        if testCase.until == nil { #expect(decision.verdict == .send) }
    }
}
