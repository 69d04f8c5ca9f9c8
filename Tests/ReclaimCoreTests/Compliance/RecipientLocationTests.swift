import Foundation
import Testing

@testable import ReclaimCore

@Suite struct RecipientLocationTests {
    @Test(arguments: [
        ("FL", "US", "FL"), ("Florida", "US", "FL"), ("florida", "US", "FL"), (" Texas ", "US", "TX"),
        ("New York", "US", "NY"), ("District of Columbia", "US", "DC"), ("Washington DC", "US", "DC"),
        ("Québec", "CA", "QC"), ("Quebec", "CA", "QC"), ("Colombie-Britannique", "CA", "BC"), ("ON", "CA", "ON"),
        ("Newfoundland and Labrador", "CA", "NL"), ("puerto rico", "US", "PR"),
    ])
    func subdivisionIsAcceptedAsCodeOrName(text: String, country: String, code: String) {
        #expect(SubdivisionNames.code(for: text, country: country) == code)
    }

    @Test func unknownSubdivisionNamesAreRejected() {
        #expect(SubdivisionNames.code(for: "Atlantis", country: "US") == nil)
        #expect(SubdivisionNames.code(for: "FL", country: "FR") == nil)
    }

    @Test(arguments: [
        ("US", "US"), ("USA", "US"), ("United States", "US"), ("Deutschland", "DE"), ("United Kingdom", "GB"),
        ("uk", "GB"), ("fr", "FR"), ("España", "ES"), ("Brasil", "BR"), ("JPN", "JP"),
    ])
    func countryIsAcceptedInCommonSpellings(text: String, code: String) {
        #expect(CountryCodes.alpha2(text) == code)
    }

    /// Every zone in every table must exist in this machine's tzdata.
    @Test func everyTabulatedZoneExists() {
        var zones: [String] = USStateTimeZones.zones.values.flatMap { $0 }
        zones += CanadianProvinceTimeZones.zones.values.flatMap { $0 }
        zones += CountryTimeZones.zones.values.flatMap { $0 }
        zones += AreaCodeTimeZones.table.values.flatMap { $0 }
        for zoning in ZIPTimeZones.states.values {
            zones += zoning.rest
            zones += zoning.exact.values.flatMap { $0 }
            zones += zoning.prefixes.values.flatMap { $0 }
        }
        for zone in Set(zones) { #expect(TimeZone(identifier: zone) != nil, "missing zone \(zone)") }
    }

    @Test(arguments: ["US", "CA", "GB", "FR", "DE", "IE", "ES", "IT", "NL", "BE", "AU", "NZ", "MX", "BR", "IN", "JP"])
    func requiredCountriesHaveZones(country: String) {
        #expect(!CountryTimeZones.zones(forCountry: country).isEmpty)
    }

    @Test(arguments: ["TX", "FL", "TN", "KY", "IN", "MI", "ND", "SD", "NE", "KS", "ID", "OR", "AK"])
    func splitStatesListSeveralZones(state: String) {
        #expect((USStateTimeZones.zones[state] ?? []).count >= 2)
    }

    @Test func everyStateAndDCHasZones() {
        for code in SubdivisionNames.unitedStates.keys { #expect(USStateTimeZones.zones[code] != nil, "\(code)") }
        for code in SubdivisionNames.canada.keys { #expect(CanadianProvinceTimeZones.zones[code] != nil, "\(code)") }
    }

    static let ny = "America/New_York", chi = "America/Chicago", den = "America/Denver", la = "America/Los_Angeles"

    /// ZIP refinement in split states: the 3-digit prefix (or a 5-digit exception) decides.
    @Test(arguments: [
        ("79901", "TX", [den]), ("88510", "TX", [den]), ("79821", "TX", [den]), ("79830", "TX", [den, chi]),
        ("75201", "TX", [chi]), ("32501", "FL", [chi]), ("32401", "FL", [chi]), ("32456", "FL", [ny]),
        ("33101", "FL", [ny]), ("32301", "FL", [ny]), ("37201", "TN", [chi]), ("37902", "TN", [ny]),
        ("40202", "KY", [ny]), ("42001", "KY", [chi]), ("46402", "IN", [chi]), ("46204", "IN", [ny]),
        ("47708", "IN", [chi]), ("49801", "MI", [ny, chi]), ("48201", "MI", [ny]), ("58102", "ND", [chi]),
        ("57701", "SD", [den]), ("57104", "SD", [chi]), ("69361", "NE", [den]), ("68102", "NE", [chi]),
        ("67735", "KS", [chi, den]), ("66101", "KS", [chi]), ("83814", "ID", [la]), ("83702", "ID", [den]),
        ("97914", "OR", [den, la]), ("97201", "OR", [la]), ("99546", "AK", ["America/Adak"]),
        ("99501", "AK", ["America/Anchorage"]), ("89883", "NV", [den]), ("89101", "NV", [la]),
        ("86515", "AZ", ["America/Phoenix", den]), ("85001", "AZ", ["America/Phoenix"]), ("79901-1234", "TX", [den]),
    ])
    func zipDecidesZoneInSplitStates(zip: String, state: String, zones: [String]) {
        #expect(ZIPTimeZones.zones(forZIP: zip, state: state) == zones)
        let location = ComplianceFixture.location(address: PostalAddress(country: "US", province: state, zip: zip))
        #expect(location.timeZones == zones)
    }

    @Test func zipOfAnotherStateDoesNotNarrow() {
        #expect(ZIPTimeZones.zones(forZIP: "10001", state: "TX") == nil)
        #expect(ZIPTimeZones.zones(forZIP: "ABCDE", state: "TX") == nil)
    }

    @Test(arguments: [
        ("305", "FL", [ny]), ("850", "FL", [chi, ny]), ("915", "TX", [den, chi]), ("214", "TX", [chi]),
        ("541", "OR", [la, den]), ("503", "OR", [la]), ("906", "MI", [ny, chi]), ("212", "NY", [ny]),
        ("865", "TN", [ny]), ("615", "TN", [chi]),
    ])
    func areaCodeNarrowsPhoneZones(areaCode: String, state: String, zones: [String]) {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", state, areaCode: areaCode))
        #expect(Set(location.timeZones) == Set(zones))
        #expect(location.jurisdictionCodes == ["US", "US-\(state)"])
    }

    /// The phone module's zone for the exchange never narrows the area code's (compliance-rules.md §2.3).
    @Test func zonesFromThePhoneModuleNeverNarrowTheAreaCode() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US", "FL", areaCode: "850", zones: [Self.chi]))
        #expect(Set(location.timeZones) == [Self.chi, Self.ny])
    }

    @Test func phoneAndAddressDisagreeingKeepsBoth() {
        let location = ComplianceFixture.location(
            phone: ComplianceFixture.phone("US", "Florida", areaCode: "305"),
            address: PostalAddress(country: "US", province: "TX", city: "El Paso", zip: "79901"))
        #expect(location.jurisdictionCodes == ["US", "US-FL", "US-TX"])
        #expect(location.timeZones == [Self.ny, Self.den])
        #expect(location.candidates.map(\.source) == [.phone, .address])
    }

    @Test func provinceAndZIPDisagreeingKeepsBothStates() {
        let location = ComplianceFixture.location(address: PostalAddress(country: "US", province: "FL", zip: "79901"))
        #expect(location.jurisdictionCodes == ["US", "US-FL", "US-TX"])
        #expect(Set(location.timeZones) == [Self.ny, Self.chi, Self.den])
    }

    @Test func zipWithoutStateFindsTheState() {
        let location = ComplianceFixture.location(address: PostalAddress(country: "US", zip: "79901"))
        #expect(location.jurisdictionCodes == ["US", "US-TX"])
        #expect(location.timeZones == [Self.den])
    }

    @Test func unknownUSStateMeansEveryState() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("US"))
        #expect(location.jurisdictions.count == 52)
        #expect(location.includes(Jurisdiction(country: "US", subdivision: "AL")))
        #expect(location.timeZones.contains("Pacific/Honolulu"))
    }

    @Test func territoryRegionBecomesAUSJurisdiction() {
        let location = ComplianceFixture.location(phone: ComplianceFixture.phone("PR"))
        #expect(location.jurisdictionCodes == ["US", "US-PR"])
        #expect(location.timeZones == ["America/Puerto_Rico"])
    }

    @Test(arguments: [
        (PostalAddress(country: "CA", zip: "M5V 2T6"), ["CA", "CA-ON"]),
        (PostalAddress(country: "Canada", province: "Québec", zip: "H2X 1Y4"), ["CA", "CA-QC"]),
        (PostalAddress(country: "CA", province: "AB", zip: "V6B 1A1"), ["CA", "CA-AB", "CA-BC"]),
        (PostalAddress(country: "Deutschland", city: "Berlin"), ["DE"]),
        (PostalAddress(country: "France", zip: "75001"), ["FR"]),
    ])
    func addressJurisdictions(address: PostalAddress, codes: [String]) {
        #expect(ComplianceFixture.location(address: address).jurisdictionCodes == codes)
    }

    @Test func addressWithoutCountryIsIgnored() {
        #expect(ComplianceFixture.location(address: PostalAddress(city: "Somewhere")).isUnknown)
    }
}
