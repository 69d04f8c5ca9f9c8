/// Why a text could not be read as a phone number.
///
/// Thrown by ``PhoneNumberParser/parse(_:defaultRegion:)`` and ``PhoneNumberParser/e164(_:defaultRegion:)``.
/// A number that is well formed and of a possible length is *not* an error even when
/// libphonenumber does not know it as assigned; check ``PhoneNumberInfo/isValid`` for that.
public enum PhoneParseError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The input is empty or only whitespace.
    case empty
    /// The input does not look like a phone number (letters, too few digits to be anything).
    case notANumber
    /// The country calling code is unknown, or the number has none and the default region is unknown.
    case invalidCountryCode
    /// The number is shorter than any number of its region, or lacks its area code.
    case tooShort
    /// The number is longer than any number of its region, or the input is longer than 250 bytes of UTF-8.
    case tooLong
    /// The number's length matches no number of the region given (ISO 3166-1 alpha-2, or "001").
    case invalidForRegion(String)

    /// A short English explanation, fit for an API error message.
    public var description: String {
        switch self {
        case .empty:
            "no phone number given"
        case .notANumber:
            "not a phone number"
        case .invalidCountryCode:
            "unknown country calling code: write the number with + and its country code, or give a default region"
        case .tooShort:
            "phone number is too short (is the area code missing?)"
        case .tooLong:
            "phone number is too long"
        case .invalidForRegion(let region):
            "phone number has a length no number in region \(region) has"
        }
    }
}
