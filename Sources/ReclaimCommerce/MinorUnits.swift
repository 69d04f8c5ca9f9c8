import Foundation
import ReclaimCore

/// Exact conversion of decimal money text (`"249.00"`) to integer minor units (`24900`).
///
/// Never goes through `Double`. The number of minor digits comes from the ISO 4217 exponent:
/// 0 for JPY, KRW, …; 3 for KWD, BHD, …; 2 otherwise (``CurrencyExponent``, the one table in ReclaimCore).
///
/// ```swift
/// try MinorUnits.parse("249.00", currency: "USD")   // 24900
/// try MinorUnits.parse("1500", currency: "JPY")     // 1500
/// try MinorUnits.parse("1.250", currency: "KWD")    // 1250
/// try MinorUnits.parse("62.6793", currency: "USD", rounding: .halfUp) // 6268
/// ```
public enum MinorUnits {
    /// What to do with digits finer than the currency's minor unit.
    public enum Rounding: Sendable, Hashable {
        /// Extra digits must be zeros (`"19.990"` is fine, `"19.999"` throws).
        case exact
        /// Round half away from zero (BigCommerce sends 4-decimal strings and float prices).
        case halfUp
    }

    /// Parses plain decimal text (`-?digits(.digits)?`) into minor units of `currency`.
    /// - Parameters:
    ///   - text: The amount, e.g. `"249.00"`; surrounding whitespace is ignored.
    ///   - currency: ISO 4217 code deciding the exponent.
    ///   - rounding: Whether finer digits are an error or rounded.
    ///   - field: The field name to put in the error.
    /// - Throws: ``CommerceError/invalidMoney(_:field:)`` for anything else (exponents, commas);
    ///   ``CommerceError/outOfRange(_:reason:)`` past ``AmountLimits/maxMinorUnits``.
    public static func parse(
        _ text: String, currency: String, rounding: Rounding = .exact, field: String = "amount"
    ) throws(CommerceError) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var scalars = Substring(trimmed)
        let negative = scalars.first == "-"
        if negative { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || !fraction.isEmpty
        else { throw .invalidMoney(text, field: field) }

        let exponent = CurrencyExponent.of(currency)
        let kept = fraction.prefix(exponent)
        let rest = fraction.dropFirst(exponent)
        var roundUp = false
        switch rounding {
        case .exact:
            guard rest.allSatisfy({ $0 == "0" }) else { throw .invalidMoney(text, field: field) }
        case .halfUp:
            roundUp = (rest.first?.wholeNumberValue ?? 0) >= 5
        }
        let digits = (whole + kept + String(repeating: "0", count: exponent - kept.count)).drop { $0 == "0" }
        // Past 10^13 (14 digits) the amount is out of range whatever it is; no Int conversion can overflow.
        guard digits.count <= 14, var value = Int(digits.isEmpty ? "0" : String(digits)) else {
            throw .outOfRange(field, reason: AmountCheck.tooLarge("amount \(text.prefix(40))"))
        }
        if roundUp { value += 1 }
        guard value <= AmountLimits.maxMinorUnits else {
            throw .outOfRange(field, reason: AmountCheck.tooLarge("amount \(text.prefix(40))"))
        }
        return negative ? -value : value
    }

    /// Converts an exactly decoded JSON number (decode it as `Decimal`, never `Double`).
    /// - Throws: ``CommerceError/invalidMoney(_:field:)`` as ``parse(_:currency:rounding:field:)``.
    public static func from(
        _ amount: Decimal, currency: String, rounding: Rounding = .exact, field: String = "amount"
    ) throws(CommerceError) -> Int {
        try self.parse(self.plainText(amount), currency: currency, rounding: rounding, field: field)
    }

    /// `Decimal` as plain positional text (`13.858823529412`); Foundation prints no exponent.
    static func plainText(_ amount: Decimal) -> String { amount.description }
}

extension Character {
    /// `0`…`9` only (not other Unicode digits).
    var isASCIIDigit: Bool { self.isASCII && self.isWholeNumber }
}
