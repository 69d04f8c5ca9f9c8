/// A phone number as a list view shows it: the country calling code and the last four digits, every
/// other digit a `*` (`+13125554567` → `+1******4567`), so a person can tell shoppers apart without
/// the list exposing whole numbers.
///
/// ```swift
/// PhoneMask.mask("+13125554567", countryCallingCode: 1)  // "+1******4567"
/// PhoneMask.mask("+447700900123", countryCallingCode: 44)  // "+44******0123"
/// ```
public enum PhoneMask {
    /// Digits left visible at the end.
    public static let visibleTail = 4

    /// Masks a number.
    /// - Parameters:
    ///   - phone: E.164 (`+` and digits); anything else is masked digit by digit the same way.
    ///   - countryCallingCode: The number's calling code (`1`, `44`), kept visible when the number
    ///     starts with it; `nil` when unknown (then no leading digit stays visible).
    /// - Returns: The masked number; a number too short to hide anything is masked entirely.
    public static func mask(_ phone: String, countryCallingCode: Int?) -> String {
        let digits = phone.filter(\.isASCIIDigit)
        var prefix = ""
        if let code = countryCallingCode.map(String.init), phone.hasPrefix("+"), digits.hasPrefix(code) {
            prefix = code
        }
        let rest = digits.dropFirst(prefix.count)
        let shown = rest.count > self.visibleTail ? String(rest.suffix(self.visibleTail)) : ""
        let plus = phone.hasPrefix("+") ? "+" : ""
        return plus + prefix + String(repeating: "*", count: rest.count - shown.count) + shown
    }
}

extension Character {
    /// `0`–`9` only (not other scripts' digits).
    fileprivate var isASCIIDigit: Bool { self.isASCII && self.isNumber }
}
