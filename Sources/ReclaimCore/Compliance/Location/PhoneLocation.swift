/// What the phone module (`ReclaimPhone`) presumes about a number's location.
///
/// The phone module parses the number; the compliance engine only consumes the result:
///
/// ```swift
/// let phone = PhoneLocation(country: "US", subdivision: "FL", areaCode: "305",
///                           timeZones: ["America/New_York"])
/// ```
public struct PhoneLocation: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2 region of the number (`US`, `CA`, `FR`, `PR`).
    public var country: String
    /// US state or Canadian province presumed from the area code, as a code (`FL`) or a name
    /// (`Florida`, `Québec`); `nil` when unknown.
    public var subdivision: String?
    /// North American area code (NPA), three digits, when the number has one.
    public var areaCode: String?
    /// Candidate IANA zones for the number (libphonenumber's time-zone mapper); empty when
    /// unknown, in which case the area code, subdivision or country tables decide.
    public var timeZones: [String]

    /// Creates a phone-derived location.
    /// - Parameters:
    ///   - country: ISO region of the number.
    ///   - subdivision: state or province code or name, if presumed.
    ///   - areaCode: NANP area code, if any.
    ///   - timeZones: candidate IANA zone identifiers, if known.
    public init(country: String, subdivision: String? = nil, areaCode: String? = nil, timeZones: [String] = []) {
        self.country = country
        self.subdivision = subdivision
        self.areaCode = areaCode
        self.timeZones = timeZones
    }
}
