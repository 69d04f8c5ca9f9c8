import Foundation
import ReclaimCore

/// A price a provider reported, kept exactly (providers bill fractions of a cent).
///
/// Twilio reports `"-0.00750"` (negative = charged), Telnyx `"0.0051"`; both become a positive
/// ``amount``. ``money(rounding:)`` converts to Reclaim's ``Money`` in minor units.
public struct ProviderPrice: Sendable, Hashable, Codable {
    /// The charge, positive, in major units (`0.0075` dollars).
    public var amount: Decimal
    /// ISO 4217 currency code, upper case.
    public var currency: String

    /// Creates a price.
    /// - Parameters:
    ///   - amount: The charge in major units; its sign is dropped.
    ///   - currency: ISO 4217 code.
    public init(amount: Decimal, currency: String) {
        self.amount = amount < 0 ? -amount : amount
        self.currency = currency.uppercased()
    }

    /// Parses the provider's decimal string; `nil` when either part is missing or malformed.
    /// - Parameters:
    ///   - amount: A decimal string such as `"-0.00750"`.
    ///   - currency: An ISO 4217 code such as `"USD"`.
    public init?(amount: String?, currency: String?) {
        guard let amount, let currency, !currency.isEmpty,
            let value = Decimal(string: amount.trimmingCharacters(in: .whitespaces), locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        self.init(amount: value, currency: currency)
    }

    /// The price in the currency's minor units, by the one ISO 4217 exponent table
    /// (``CurrencyExponent``).
    ///
    /// Rounded **up** by default: providers bill fractions of a cent, and a cost is never understated
    /// (`0.0075` USD is 1 cent, `0.0125` USD 2 cents, `1.5` JPY 2 yen).
    /// - Parameter rounding: How to round fractions of a minor unit (default: up).
    /// - Returns: A ``Money`` value.
    public func money(rounding: NSDecimalNumber.RoundingMode = .up) -> Money {
        var scaled = self.amount
        for _ in 0..<CurrencyExponent.of(self.currency) { scaled *= 10 }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, rounding)
        return Money(minor: NSDecimalNumber(decimal: rounded).intValue, currency: self.currency)
    }
}
