/// One guess at where a recipient is, from one signal (the phone number or a postal address).
///
/// A ``RecipientLocation`` keeps every candidate; rules then apply in all of them at once.
public struct LocationCandidate: Codable, Sendable, Hashable {
    /// Which signal a candidate came from.
    public enum Source: String, Codable, Sendable, Hashable, CaseIterable {
        /// Presumed from the phone number (area code or country code).
        case phone
        /// From the shipping or billing address.
        case address
    }

    /// The signal behind this candidate.
    public var source: Source
    /// Jurisdictions whose rules may apply: the country and, when known, the subdivision. When a
    /// US number's or address's state is unknown, every state is listed (the strictest reading).
    public var jurisdictions: [Jurisdiction]
    /// Candidate IANA time zone identifiers, in a stable order.
    public var timeZones: [String]

    /// Creates a candidate.
    /// - Parameters:
    ///   - source: where it came from.
    ///   - jurisdictions: the jurisdictions it implies.
    ///   - timeZones: IANA zone identifiers it implies.
    public init(source: Source, jurisdictions: [Jurisdiction], timeZones: [String]) {
        self.source = source
        self.jurisdictions = jurisdictions
        self.timeZones = timeZones
    }
}
