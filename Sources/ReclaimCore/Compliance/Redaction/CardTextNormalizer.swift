import Foundation

/// The form of a text the card scanner reads: NFKC (full-width `４１１１`, `ｃｖｖ`, `／`, no-break and
/// ideographic spaces become their plain forms) and then every decimal digit of any script
/// (Arabic-Indic `٤١١١`, Devanagari, …) written as its ASCII digit, so that `4111` is found
/// whatever digits the shopper's keyboard typed.
///
/// ```swift
/// CardTextNormalizer.normalize("４１１１ ٤١١١")  // "4111 4111"
/// ```
enum CardTextNormalizer {
    /// The normalized text.
    /// - Parameter text: Any text.
    /// - Returns: NFKC with every decimal digit in ASCII; idempotent.
    static func normalize(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        guard compatible.unicodeScalars.contains(where: Self.isNonASCIIDigit) else { return compatible }
        var scalars = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            if Self.isNonASCIIDigit(scalar), let value = scalar.properties.numericValue, (0...9).contains(value) {
                scalars.append(Unicode.Scalar(UInt8(48 + Int(value))))
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func isNonASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.numericType == .decimal
    }
}
