/// The Luhn (mod 10) check used by payment card numbers.
public enum Luhn {
    /// Whether a string of ASCII digits passes the Luhn check.
    /// - Parameter digits: digits only.
    public static func isValid<S: StringProtocol>(_ digits: S) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (offset, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue, character.isASCII else { return false }
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
