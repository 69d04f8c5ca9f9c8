/// Everything known about where a recipient may be: one or more ``LocationCandidate``s from the
/// phone number and the postal address.
///
/// Candidates are never merged into one guess. When the phone says Florida and the address says
/// El Paso, both stay, and every rule of every jurisdiction is checked in every candidate zone.
///
/// ```swift
/// let location = RecipientLocation(
///     phone: PhoneLocation(country: "US", subdivision: "FL", areaCode: "305"),
///     address: PostalAddress(country: "US", province: "TX", zip: "79901"))
/// location.jurisdictionCodes  // ["US", "US-FL", "US-TX"]
/// location.timeZones          // ["America/New_York", "America/Denver"]
/// ```
public struct RecipientLocation: Codable, Sendable, Hashable {
    /// Every candidate, phone first.
    public var candidates: [LocationCandidate]

    /// Creates a location from explicit candidates.
    /// - Parameter candidates: the candidates to keep.
    public init(candidates: [LocationCandidate]) {
        self.candidates = candidates
    }

    /// Builds the candidates from the phone module's presumption and the shopper's address.
    /// - Parameters:
    ///   - phone: what the phone module presumes about the number, if there is one.
    ///   - address: the shipping or billing address, if any.
    public init(phone: PhoneLocation?, address: PostalAddress?) {
        var candidates: [LocationCandidate] = []
        if let phone, let candidate = LocationResolver.candidate(for: phone) { candidates.append(candidate) }
        if let address { candidates += LocationResolver.candidates(for: address) }
        self.init(candidates: candidates)
    }

    /// The union of all candidates' jurisdictions, sorted by code.
    public var jurisdictions: [Jurisdiction] {
        Array(Set(self.candidates.flatMap(\.jurisdictions))).sorted()
    }

    /// The jurisdictions as codes (`US`, `US-FL`), as in the policy check response.
    public var jurisdictionCodes: [String] { self.jurisdictions.map(\.code) }

    /// The union of all candidates' IANA zones, in order of first appearance.
    public var timeZones: [String] {
        var seen: [String] = []
        for zone in self.candidates.flatMap(\.timeZones) where !seen.contains(zone) { seen.append(zone) }
        return seen
    }

    /// The countries of all candidates.
    public var countries: Set<String> { Set(self.jurisdictions.map(\.country)) }

    /// Whether any candidate is in `jurisdiction` (exact match on country and subdivision).
    /// - Parameter jurisdiction: the jurisdiction to look for.
    public func includes(_ jurisdiction: Jurisdiction) -> Bool {
        self.candidates.contains { $0.jurisdictions.contains(jurisdiction) }
    }

    /// Whether nothing is known: no candidate carries a jurisdiction.
    public var isUnknown: Bool { self.jurisdictions.isEmpty }
}
