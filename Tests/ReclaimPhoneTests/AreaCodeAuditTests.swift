import Foundation
import ReclaimCore
import ReclaimPhone
import Testing

/// Audits every US and Canadian area code: the phone module places it in a state or province, and each
/// zone the area code is used in has a zone with the same rules in that subdivision's table, so the
/// area code, state and province tables agree.
@Suite struct AreaCodeAuditTests {
    /// UTC offsets at the middle of each month of 2026: zones with equal offsets keep the same clock.
    static func offsets(_ identifier: String) -> [Int] {
        guard let zone = TimeZone(identifier: identifier) else { return [] }
        return (0..<12).map { month in
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_767_225_600 + Double(month) * 30.4 * 86_400 + 14 * 86_400))
        }
    }

    @Test func everyAreaCodeBelongsToASubdivisionWhoseZonesCoverIt() throws {
        let parser = PhoneNumberParser()
        for code in AreaCodeTimeZones.areaCodes {
            let info = try parser.parse("+1\(code)2345678", defaultRegion: "US")
            let subdivisions =
                info.candidateSubdivisions.isEmpty
                ? [info.usState ?? info.caProvince].compactMap { $0 } : info.candidateSubdivisions
            #expect(!subdivisions.isEmpty, "\(code): no state or province")
            let table = info.regionCode == "CA" ? CanadianProvinceTimeZones.zones : USStateTimeZones.zones
            let subdivisionOffsets = Set(subdivisions.flatMap { table[$0] ?? [] }.map(Self.offsets))
            for zone in AreaCodeTimeZones.zones(forAreaCode: code) ?? [] {
                #expect(
                    subdivisionOffsets.contains(Self.offsets(zone)),
                    "\(code) (\(subdivisions)): \(zone) keeps a clock no zone of its subdivision keeps")
            }
        }
    }

    /// The phone library names one zone for a known Pensacola exchange and only Eastern for an unknown 850
    /// exchange; either way the recipient's candidates hold both zones of the area code.
    @Test(arguments: ["+18504321234", "+18502345678", "+14482345678"])
    func panhandleNumbersAreInBothZones(e164: String) throws {
        let info = try PhoneNumberParser().parse(e164, defaultRegion: "US")
        let areaCode = String(info.e164.dropFirst(2).prefix(3))
        let phone = PhoneLocation(
            country: info.regionCode, subdivision: info.usState, areaCode: areaCode,
            timeZones: info.candidateTimeZones)
        let zones = Set(RecipientLocation(phone: phone, address: nil).timeZones)
        #expect(zones.isSuperset(of: ["America/Chicago", "America/New_York"]))
    }
}
