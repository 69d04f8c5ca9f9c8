/// A place whose messaging rules may apply to a recipient: a country (`US`, `FR`) or a
/// country subdivision (`US-FL`, `CA-ON`), written as ISO 3166-1 / ISO 3166-2 codes.
///
/// Every subdivision candidate also yields its country, so `US-FL` always comes with `US`
/// (the federal rules) in a ``RecipientLocation``.
public struct Jurisdiction: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// ISO 3166-1 alpha-2 country code, upper case (`US`).
    public var country: String
    /// State, province or territory code, upper case (`FL`), or `nil` for the whole country.
    public var subdivision: String?

    /// Creates a jurisdiction; codes are upper-cased.
    /// - Parameters:
    ///   - country: ISO 3166-1 alpha-2 code.
    ///   - subdivision: subdivision code within the country, if any.
    public init(country: String, subdivision: String? = nil) {
        self.country = country.uppercased()
        self.subdivision = subdivision?.uppercased()
    }

    /// The ISO 3166-2 style code: `US-FL`, or just `US` for a country.
    public var code: String {
        guard let subdivision = self.subdivision else { return self.country }
        return "\(self.country)-\(subdivision)"
    }

    /// The country this jurisdiction belongs to (itself when it is a country).
    public var countryJurisdiction: Jurisdiction { Jurisdiction(country: self.country) }

    /// Same as ``code``.
    public var description: String { self.code }

    /// Orders by code so lists are stable.
    public static func < (lhs: Jurisdiction, rhs: Jurisdiction) -> Bool { lhs.code < rhs.code }
}
