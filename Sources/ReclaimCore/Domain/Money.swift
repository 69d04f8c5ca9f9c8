/// An amount of money in minor units (cents, pence, yen) with its ISO 4217 currency.
///
/// Reclaim never uses floating point for money: `Money(minor: 1999, currency: "USD")` is $19.99.
public struct Money: Codable, Sendable, Hashable {
    /// The amount in the currency's minor unit.
    public var minor: Int
    /// ISO 4217 currency code, upper case (`USD`, `EUR`).
    public var currency: String

    /// Creates an amount in minor units.
    public init(minor: Int, currency: String) {
        self.minor = minor
        self.currency = currency.uppercased()
    }

    /// Zero in the given currency.
    public static func zero(_ currency: String) -> Money { Money(minor: 0, currency: currency) }

    /// Adds two amounts of the same currency (clamped to `Int` instead of trapping; amounts read from
    /// input are within ``AmountLimits``).
    /// - Precondition: both amounts share a currency.
    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "cannot add \(lhs.currency) to \(rhs.currency)")
        return Money(minor: lhs.minor.saturatingAdding(rhs.minor), currency: lhs.currency)
    }

    /// Multiplies an amount by a whole quantity.
    public static func * (lhs: Money, rhs: Int) -> Money {
        Money(minor: lhs.minor.saturatingMultiplied(by: rhs), currency: lhs.currency)
    }
}
