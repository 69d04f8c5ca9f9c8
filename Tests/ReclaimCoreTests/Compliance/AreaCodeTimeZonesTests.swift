import Foundation
import Testing

@testable import ReclaimCore

/// Every zone in which an area code is used counts (compliance-rules.md §2.3): the phone library's
/// zone for the exchange never narrows the area code's, and an address adds its own zone without
/// removing the area code's.
@Suite struct AreaCodeTimeZonesTests {
    struct Split: Sendable, CustomTestStringConvertible {
        var areaCode: String
        var country: String
        var subdivision: String
        var zones: Set<String>
        var testDescription: String { "\(self.areaCode) \(self.subdivision)" }
    }

    /// Every US and Canadian area code used in more than one zone, with its exact zone set.
    static let splits: [Split] =
        [
            Split(areaCode: "850", country: "US", subdivision: "FL", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "448", country: "US", subdivision: "FL", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "334", country: "US", subdivision: "AL", zones: ["America/Chicago", "America/New_York"]),
            Split(areaCode: "915", country: "US", subdivision: "TX", zones: ["America/Denver", "America/Chicago"]),
            Split(areaCode: "423", country: "US", subdivision: "TN", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "931", country: "US", subdivision: "TN", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "270", country: "US", subdivision: "KY", zones: ["America/Chicago", "America/New_York"]),
            Split(areaCode: "364", country: "US", subdivision: "KY", zones: ["America/Chicago", "America/New_York"]),
            Split(areaCode: "606", country: "US", subdivision: "KY", zones: ["America/Chicago", "America/New_York"]),
            Split(areaCode: "219", country: "US", subdivision: "IN", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "574", country: "US", subdivision: "IN", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "812", country: "US", subdivision: "IN", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "930", country: "US", subdivision: "IN", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "906", country: "US", subdivision: "MI", zones: ["America/New_York", "America/Chicago"]),
            Split(areaCode: "308", country: "US", subdivision: "NE", zones: ["America/Chicago", "America/Denver"]),
            Split(areaCode: "620", country: "US", subdivision: "KS", zones: ["America/Chicago", "America/Denver"]),
            Split(areaCode: "785", country: "US", subdivision: "KS", zones: ["America/Chicago", "America/Denver"]),
            Split(
                areaCode: "605", country: "US", subdivision: "SD",
                zones: ["America/Chicago", "America/Denver", "America/North_Dakota/Center"]),
            Split(
                areaCode: "701", country: "US", subdivision: "ND",
                zones: ["America/Chicago", "America/Denver", "America/North_Dakota/Center"]),
            Split(
                areaCode: "208", country: "US", subdivision: "ID",
                zones: ["America/Boise", "America/Denver", "America/Los_Angeles"]),
            Split(
                areaCode: "986", country: "US", subdivision: "ID",
                zones: ["America/Boise", "America/Denver", "America/Los_Angeles"]),
            Split(areaCode: "541", country: "US", subdivision: "OR", zones: ["America/Los_Angeles", "America/Denver"]),
            Split(areaCode: "458", country: "US", subdivision: "OR", zones: ["America/Los_Angeles", "America/Denver"]),
            Split(
                areaCode: "775", country: "US", subdivision: "NV",
                zones: ["America/Boise", "America/Denver", "America/Los_Angeles"]),
            Split(areaCode: "928", country: "US", subdivision: "AZ", zones: ["America/Phoenix", "America/Denver"]),
            Split(
                areaCode: "907", country: "US", subdivision: "AK",
                zones: [
                    "America/Adak", "America/Anchorage", "America/Juneau", "America/Metlakatla", "America/Nome",
                    "America/Sitka", "America/Yakutat",
                ]),
            Split(
                areaCode: "709", country: "CA", subdivision: "NL",
                zones: ["America/St_Johns", "America/Goose_Bay", "America/Halifax"]),
            Split(
                areaCode: "879", country: "CA", subdivision: "NL",
                zones: ["America/St_Johns", "America/Goose_Bay", "America/Halifax"]),
            Split(
                areaCode: "418", country: "CA", subdivision: "QC",
                zones: ["America/Toronto", "America/Halifax", "America/Blanc-Sablon"]),
            Split(
                areaCode: "581", country: "CA", subdivision: "QC",
                zones: ["America/Toronto", "America/Halifax", "America/Blanc-Sablon"]),
            Split(
                areaCode: "367", country: "CA", subdivision: "QC",
                zones: ["America/Toronto", "America/Halifax", "America/Blanc-Sablon"]),
            Split(
                areaCode: "807", country: "CA", subdivision: "ON",
                zones: ["America/Toronto", "America/Winnipeg", "America/Atikokan"]),
            Split(
                areaCode: "306", country: "CA", subdivision: "SK",
                zones: ["America/Regina", "America/Edmonton", "America/Winnipeg"]),
            Split(
                areaCode: "639", country: "CA", subdivision: "SK",
                zones: ["America/Regina", "America/Edmonton", "America/Winnipeg"]),
            Split(
                areaCode: "474", country: "CA", subdivision: "SK",
                zones: ["America/Regina", "America/Edmonton", "America/Winnipeg"]),
        ]
        + ["250", "236", "672", "778", "257"].map {
            Split(
                areaCode: $0, country: "CA", subdivision: "BC",
                zones: [
                    "America/Vancouver", "America/Edmonton", "America/Dawson_Creek", "America/Fort_Nelson",
                    "America/Creston",
                ])
        } + [
            Split(
                areaCode: "867", country: "CA", subdivision: "YT",
                zones: [
                    "America/Whitehorse", "America/Dawson", "America/Edmonton", "America/Inuvik", "America/Fort_Nelson",
                    "America/Winnipeg", "America/Toronto", "America/Iqaluit",
                    "America/Rankin_Inlet", "America/Cambridge_Bay",
                ])
        ]

    @Test(arguments: splits)
    func splitAreaCodeKeepsEveryZone(_ split: Split) {
        #expect(Set(AreaCodeTimeZones.zones(forAreaCode: split.areaCode) ?? []) == split.zones)
        // Whatever single zone the phone library names for the exchange, every zone of the area code counts.
        for given in split.zones {
            let phone = PhoneLocation(
                country: split.country, subdivision: split.subdivision, areaCode: split.areaCode,
                timeZones: [given])
            #expect(Set(LocationResolver.candidate(for: phone)?.timeZones ?? []) == split.zones)
        }
    }

    @Test func everyAreaCodeUsedInMoreThanOneZoneIsListedHere() {
        let listed = Set(Self.splits.map(\.areaCode))
        let split = AreaCodeTimeZones.areaCodes.filter { (AreaCodeTimeZones.zones(forAreaCode: $0)?.count ?? 0) > 1 }
        #expect(Set(split) == listed, "unlisted: \(Set(split).subtracting(listed).sorted())")
    }

    /// +1 850 with no address: the phone library knows only the area code's default zone (Eastern) for an
    /// unknown exchange; Pensacola and Panama City are on Central time.
    @Test func panhandleNumberWithoutAddressIsInBothZones() {
        let phone = PhoneLocation(country: "US", subdivision: "FL", areaCode: "850", timeZones: ["America/New_York"])
        let location = RecipientLocation(phone: phone, address: nil)
        #expect(Set(location.timeZones) == ["America/New_York", "America/Chicago"])
    }

    /// An address adds its zone and state rules; it never removes the area code's.
    @Test func addressNeverRemovesTheAreaCodesZones() {
        let phone = PhoneLocation(country: "US", subdivision: "FL", areaCode: "850", timeZones: ["America/Chicago"])
        let pensacola = PostalAddress(country: "US", province: "FL", city: "Pensacola", zip: "32501")
        let location = RecipientLocation(phone: phone, address: pensacola)
        #expect(location.timeZones.contains("America/New_York"))
        #expect(location.timeZones.contains("America/Chicago"))
        let seattle = PostalAddress(country: "US", province: "WA", city: "Seattle", zip: "98101")
        let moved = RecipientLocation(phone: phone, address: seattle)
        #expect(Set(moved.timeZones).isSuperset(of: ["America/New_York", "America/Chicago", "America/Los_Angeles"]))
        #expect(moved.includes(Jurisdiction(country: "US", subdivision: "FL")))
        #expect(moved.includes(Jurisdiction(country: "US", subdivision: "WA")))
    }

    @Test func everyUSAndCanadianAreaCodeHasZonesThatExist() {
        #expect(AreaCodeTimeZones.areaCodes.count >= 400)
        for code in AreaCodeTimeZones.areaCodes {
            let zones = AreaCodeTimeZones.zones(forAreaCode: code) ?? []
            #expect(!zones.isEmpty, "\(code) has no zone")
            for zone in zones { #expect(TimeZone(identifier: zone) != nil, "\(code): \(zone) is not a known zone") }
        }
    }

    /// Zones that keep standard time all year; every other zone in the table must observe daylight time in
    /// the bundled time-zone data. Stale data shows up here: older libphonenumber data gave Newfoundland
    /// and Labrador America/Puerto_Rico, which keeps Atlantic standard time all year.
    static let withoutDaylightTime: Set<String> = [
        "America/Phoenix", "America/Regina", "America/Creston", "America/Dawson_Creek", "America/Fort_Nelson",
        "America/Whitehorse", "America/Dawson", "America/Atikokan", "America/Blanc-Sablon", "Pacific/Honolulu",
    ]

    @Test func zonesObserveDaylightTimeExactlyWhereExpected() throws {
        let zones = Set(AreaCodeTimeZones.areaCodes.flatMap { AreaCodeTimeZones.zones(forAreaCode: $0) ?? [] })
        let january = Date(timeIntervalSince1970: 1_768_478_400)  // 2026-01-15T12:00Z
        let july = Date(timeIntervalSince1970: 1_784_116_800)  // 2026-07-15T12:00Z
        for identifier in zones {
            let zone = try #require(TimeZone(identifier: identifier))
            let observes = zone.secondsFromGMT(for: january) != zone.secondsFromGMT(for: july)
            #expect(observes == !Self.withoutDaylightTime.contains(identifier), "\(identifier)")
        }
        for code in ["709", "879"] {
            #expect(AreaCodeTimeZones.zones(forAreaCode: code)?.contains("America/Puerto_Rico") == false)
        }
    }

    struct DSTCase: Sendable, CustomTestStringConvertible {
        var areaCode: String
        var country: String
        var subdivision: String
        var now: String
        var expected: String
        var testDescription: String { "\(self.areaCode) \(self.now)" }
    }

    /// A 9:00–20:00 window on the DST change days opens when it is 9:00 in the *last* of the area code's
    /// zones and closes at 20:00 in the first (US and Canada: spring forward 2026-03-08, fall back 2026-11-01).
    static let dstCases: [DSTCase] = [
        DSTCase(areaCode: "850", country: "US", subdivision: "FL", now: "2026-03-08T06:00:00Z", expected: "2026-03-08T14:00:00Z"),
        DSTCase(areaCode: "850", country: "US", subdivision: "FL", now: "2026-11-01T04:00:00Z", expected: "2026-11-01T15:00:00Z"),
        // 20:30 EDT (19:30 CDT) on the spring-forward evening: closed until 9:00 CDT the next morning.
        DSTCase(areaCode: "850", country: "US", subdivision: "FL", now: "2026-03-09T00:30:00Z", expected: "2026-03-09T14:00:00Z"),
        DSTCase(areaCode: "448", country: "US", subdivision: "FL", now: "2026-03-08T06:00:00Z", expected: "2026-03-08T14:00:00Z"),
        DSTCase(areaCode: "541", country: "US", subdivision: "OR", now: "2026-03-08T09:00:00Z", expected: "2026-03-08T16:00:00Z"),
        DSTCase(areaCode: "541", country: "US", subdivision: "OR", now: "2026-11-01T09:00:00Z", expected: "2026-11-01T17:00:00Z"),
        DSTCase(areaCode: "928", country: "US", subdivision: "AZ", now: "2026-03-08T09:00:00Z", expected: "2026-03-08T16:00:00Z"),
        // A Sunday: Texas allows calls only from noon, so noon Mountain time.
        DSTCase(areaCode: "915", country: "US", subdivision: "TX", now: "2026-03-08T06:00:00Z", expected: "2026-03-08T18:00:00Z"),
        DSTCase(areaCode: "915", country: "US", subdivision: "TX", now: "2026-03-09T06:00:00Z", expected: "2026-03-09T15:00:00Z"),
        DSTCase(areaCode: "906", country: "US", subdivision: "MI", now: "2026-11-01T04:00:00Z", expected: "2026-11-01T15:00:00Z"),
        DSTCase(areaCode: "709", country: "CA", subdivision: "NL", now: "2026-03-08T06:00:00Z", expected: "2026-03-08T12:00:00Z"),
        DSTCase(areaCode: "709", country: "CA", subdivision: "NL", now: "2026-11-01T06:00:00Z", expected: "2026-11-01T13:00:00Z"),
        DSTCase(areaCode: "807", country: "CA", subdivision: "ON", now: "2026-03-08T06:00:00Z", expected: "2026-03-08T14:00:00Z"),
        DSTCase(areaCode: "807", country: "CA", subdivision: "ON", now: "2026-11-01T06:00:00Z", expected: "2026-11-01T15:00:00Z"),
    ]

    @Test(arguments: dstCases)
    func windowOnDSTDaysHoldsInEveryZone(_ testCase: DSTCase) {
        let policy = QuietHoursPolicy(defaultSchedule: .everyDay(LocalTimeWindow(hours: 9..<20)))
        let phone = PhoneLocation(country: testCase.country, subdivision: testCase.subdivision, areaCode: testCase.areaCode)
        let location = RecipientLocation(phone: phone, address: nil)
        let first = policy.firstAllowedInstant(after: ComplianceFixture.utc(testCase.now), location: location)
        #expect(first == ComplianceFixture.utc(testCase.expected))
    }
}
