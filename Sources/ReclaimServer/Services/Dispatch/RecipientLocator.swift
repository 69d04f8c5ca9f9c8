import ReclaimCore
import ReclaimPhone

/// Builds the send gate's ``RecipientLocation`` from a parsed phone number and an address.
///
/// When the area code belongs to several states or provinces, every one becomes a candidate, so
/// the strictest combination of their rules applies; with none known, the country's candidate
/// lists every subdivision (again the strictest).
enum RecipientLocator {
    /// The candidates for a number and an optional address.
    /// - Parameters:
    ///   - phone: What ``PhoneNumberParser`` knows about the number; `nil` when it did not parse.
    ///   - address: The shipping or billing address, if any.
    /// - Returns: Phone candidates first, then the address's; no candidate at all (an unknown location,
    ///   which the gate treats most strictly) when neither is known.
    static func location(phone: PhoneNumberInfo?, address: PostalAddress?) -> RecipientLocation {
        guard let phone else { return RecipientLocation(candidates: []) }
        let areaCode = phone.countryCallingCode == 1 ? String(phone.e164.dropFirst(2).prefix(3)) : nil
        let single = phone.usState ?? phone.caProvince
        let subdivisions: [String?] = phone.candidateSubdivisions.count > 1 ? phone.candidateSubdivisions : [single]
        var candidates = subdivisions.compactMap { subdivision in
            LocationResolver.candidate(
                for: PhoneLocation(
                    country: phone.regionCode, subdivision: subdivision, areaCode: areaCode,
                    timeZones: phone.candidateTimeZones))
        }
        if let address { candidates += LocationResolver.candidates(for: address) }
        return RecipientLocation(candidates: candidates)
    }
}
