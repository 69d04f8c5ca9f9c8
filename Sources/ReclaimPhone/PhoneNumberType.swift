/// The kind of line a phone number belongs to, as libphonenumber's metadata classifies it.
///
/// In the North American Numbering Plan (+1) mobile and fixed-line numbers share the same
/// ranges, so most US and Canadian numbers are ``fixedLineOrMobile``.
public enum PhoneNumberType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A landline.
    case fixedLine
    /// A mobile line.
    case mobile
    /// Either a landline or a mobile line; the numbering plan does not tell them apart (+1).
    case fixedLineOrMobile
    /// A freephone number, such as +1 800.
    case tollFree
    /// A premium-rate number.
    case premiumRate
    /// A shared-cost number.
    case sharedCost
    /// A voice-over-IP number.
    case voip
    /// A personal number that may be routed anywhere, such as +1 500 or UK 070.
    case personalNumber
    /// A pager.
    case pager
    /// A universal access number (a company's single number routed to its offices).
    case uan
    /// A voicemail access number.
    case voicemail
    /// Not known: the number is not in any assigned range (see ``PhoneNumberInfo/isValid``).
    case unknown
}
