/// What Reclaim knows about one phone number: its E.164 form, validity, type, region and the
/// places and time zones it presumably belongs to.
///
/// Location fields are *presumptions* from the number alone (numbers move with their owners);
/// combine them with the shopper's address and treat every candidate as possible.
///
/// ```swift
/// let info = try PhoneNumberParser().parse("(305) 555-0123", defaultRegion: "US")
/// info.e164                // "+13055550123"
/// info.usState             // "FL"
/// info.candidateTimeZones  // ["America/New_York"]
/// ```
public struct PhoneNumberInfo: Sendable, Hashable, Codable {
    /// The number in E.164 form, such as `+13055550123`.
    public var e164: String
    /// The number in international format for display, such as `+1 305-555-0123`.
    public var internationalFormat: String
    /// ISO 3166-1 alpha-2 region ("US", "CA", "PR", "GB"), or "001" for non-geographic calling codes.
    ///
    /// For a number that is not ``isValid``, the region presumed from its prefix (for +1, from the
    /// area code's state or province), else the calling code's main region.
    public var regionCode: String
    /// The country calling code, such as 1 or 44.
    public var countryCallingCode: Int
    /// The line type; ``PhoneNumberType/unknown`` when the number is not ``isValid``.
    public var numberType: PhoneNumberType
    /// Whether libphonenumber's metadata knows the number as being in an assigned range.
    ///
    /// Every parsed number is at least *possible* (its length fits its region); fictional or
    /// newly opened ranges may be possible but not valid. The caller decides what to accept.
    public var isValid: Bool
    /// English description from libphonenumber's offline geocoder ("Miami, FL", "Florida",
    /// "Germany"), or `nil` when it has none.
    public var locationDescription: String?
    /// For +1 numbers, the US state, DC or territory (USPS code: "FL", "DC", "PR") presumed from
    /// the area code, when the area code belongs to exactly one.
    public var usState: String?
    /// For +1 numbers, the Canadian province or territory (Canada Post code: "ON", "BC") presumed
    /// from the area code, when the area code belongs to exactly one.
    public var caProvince: String?
    /// Every US state, DC, US territory or Canadian province the area code may belong to, such as
    /// `["NS", "PE"]` for 902. Empty outside +1 or when unknown.
    public var candidateSubdivisions: [String]
    /// IANA time zones the number presumably lies in, sorted, such as `["America/New_York"]`.
    ///
    /// From libphonenumber's time-zone data, down to the exchange where a zone boundary splits an
    /// area code (850-432, Pensacola → `America/Chicago`). Non-geographic numbers (toll-free,
    /// personal, most mobiles outside +1) get every zone of their country. Empty when unknown.
    public var candidateTimeZones: [String]

    /// Creates a value from its parts; ``PhoneNumberParser`` is the usual source.
    public init(
        e164: String, internationalFormat: String, regionCode: String, countryCallingCode: Int,
        numberType: PhoneNumberType, isValid: Bool, locationDescription: String? = nil, usState: String? = nil,
        caProvince: String? = nil, candidateSubdivisions: [String] = [], candidateTimeZones: [String] = []
    ) {
        self.e164 = e164
        self.internationalFormat = internationalFormat
        self.regionCode = regionCode
        self.countryCallingCode = countryCallingCode
        self.numberType = numberType
        self.isValid = isValid
        self.locationDescription = locationDescription
        self.usState = usState
        self.caProvince = caProvince
        self.candidateSubdivisions = candidateSubdivisions
        self.candidateTimeZones = candidateTimeZones
    }
}
