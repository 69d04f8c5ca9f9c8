import Foundation

/// Turns phone presumptions and postal addresses into ``LocationCandidate``s using the zone
/// tables (``USStateTimeZones``, ``CanadianProvinceTimeZones``, ``CountryTimeZones``,
/// ``ZIPTimeZones``, ``AreaCodeTimeZones``).
public enum LocationResolver {
    /// The candidate for a phone number, or `nil` when its country is unusable.
    /// - Parameter phone: the phone module's presumption.
    /// - Returns: jurisdictions and zones presumed from the number. For a US or Canadian number, every
    ///   zone its area code is used in (``AreaCodeTimeZones``) counts, together with any zone the phone
    ///   module names; otherwise the phone module's zones, else the subdivision's, else the country's.
    public static func candidate(for phone: PhoneLocation) -> LocationCandidate? {
        guard var country = CountryCodes.alpha2(phone.country) else { return nil }
        var subdivision = phone.subdivision.flatMap { SubdivisionNames.code(for: $0, country: country) }
        if let territory = CountryCodes.usTerritories[country] {
            (country, subdivision) = ("US", territory)
        }
        let given = self.validZones(phone.timeZones)
        let areaCodeZones = country == "US" || country == "CA" ? AreaCodeTimeZones.zones(forAreaCode: phone.areaCode) : nil
        let zones: [String]
        if let areaCodeZones {
            zones = self.unique(given + areaCodeZones)
        } else if !given.isEmpty {
            zones = given
        } else {
            zones = self.zones(country: country, subdivision: subdivision)
        }
        return LocationCandidate(
            source: .phone, jurisdictions: self.jurisdictions(country: country, subdivision: subdivision),
            timeZones: zones)
    }

    /// The candidates for a postal address: none when the country is unknown, two when the
    /// state or province and the ZIP or postal code disagree.
    /// - Parameter address: the shipping or billing address.
    public static func candidates(for address: PostalAddress) -> [LocationCandidate] {
        var country = CountryCodes.alpha2(address.country)
        if country == nil, USZIPCodes.zip5(address.zip) != nil,
            address.province.flatMap({ SubdivisionNames.code(for: $0, country: "US") }) != nil
        {
            country = "US"
        }
        guard var country else { return [] }
        var named = address.province.flatMap { SubdivisionNames.code(for: $0, country: country) }
        if let territory = CountryCodes.usTerritories[country] { (country, named) = ("US", territory) }
        switch country {
        case "US":
            return self.usCandidates(named: named, zip: address.zip)
        case "CA":
            let fromPostal =
                address.zip?.trimmingCharacters(in: .whitespaces).uppercased().first
                .flatMap { CanadianProvinceTimeZones.postalCodeLetters[$0] } ?? []
            let provinces: [String]
            if let named, fromPostal.isEmpty || fromPostal.contains(named) {
                provinces = [named]
            } else {
                provinces = Self.unique([named].compactMap { $0 } + fromPostal)
            }
            return self.candidates(country: "CA", subdivisions: provinces) { _ in nil }
        default:
            return [self.addressCandidate(country: country, subdivision: nil, zones: nil)]
        }
    }

    private static func usCandidates(named: String?, zip: String?) -> [LocationCandidate] {
        let fromZIP = USZIPCodes.state(forZIP: zip)
        let states = Self.unique([named, fromZIP].compactMap { $0 })
        return self.candidates(country: "US", subdivisions: states) { state in
            ZIPTimeZones.zones(forZIP: zip, state: state)
        }
    }

    private static func candidates(
        country: String, subdivisions: [String], narrowed: (String) -> [String]?
    ) -> [LocationCandidate] {
        guard !subdivisions.isEmpty else { return [self.addressCandidate(country: country, subdivision: nil, zones: nil)] }
        return subdivisions.map { self.addressCandidate(country: country, subdivision: $0, zones: narrowed($0)) }
    }

    private static func addressCandidate(country: String, subdivision: String?, zones: [String]?) -> LocationCandidate {
        LocationCandidate(
            source: .address, jurisdictions: self.jurisdictions(country: country, subdivision: subdivision),
            timeZones: zones ?? self.zones(country: country, subdivision: subdivision))
    }

    /// Jurisdictions for a country and optional subdivision. A US or Canadian candidate without a
    /// subdivision lists every subdivision, so the strictest state rule applies.
    static func jurisdictions(country: String, subdivision: String?) -> [Jurisdiction] {
        let base = Jurisdiction(country: country)
        if let subdivision { return [base, Jurisdiction(country: country, subdivision: subdivision)] }
        let all: [String] =
            switch country {
            case "US": SubdivisionNames.unitedStates.keys.filter { !CountryTimeZones.usTerritoryCodes.contains($0) }.sorted()
            case "CA": SubdivisionNames.canada.keys.sorted()
            default: []
            }
        return [base] + all.map { Jurisdiction(country: country, subdivision: $0) }
    }

    static func zones(country: String, subdivision: String?) -> [String] {
        if let subdivision {
            let table = country == "US" ? USStateTimeZones.zones : country == "CA" ? CanadianProvinceTimeZones.zones : [:]
            if let zones = table[subdivision] { return zones }
        }
        return CountryTimeZones.zones(forCountry: country)
    }

    private static func validZones(_ identifiers: [String]) -> [String] {
        self.unique(identifiers.filter { TimeZone(identifier: $0) != nil })
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen
    }
}
