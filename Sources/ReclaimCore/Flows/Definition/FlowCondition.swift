import Foundation

/// A comparison operator in a `cart_value` condition.
public enum FlowComparison: String, Codable, Sendable, Hashable, CaseIterable {
    /// `>=`
    case atLeast = ">="
    /// `>`
    case greaterThan = ">"
    /// `<=`
    case atMost = "<="
    /// `<`
    case lessThan = "<"
    /// `==` (or `=`)
    case equal = "=="
    /// `!=`
    case notEqual = "!="

    /// Whether `lhs op rhs` holds.
    public func compare(_ lhs: Int, _ rhs: Int) -> Bool {
        switch self {
        case .atLeast: lhs >= rhs
        case .greaterThan: lhs > rhs
        case .atMost: lhs <= rhs
        case .lessThan: lhs < rhs
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        }
    }
}

/// Something the shopper did during this journey that a condition can ask about.
public enum FlowSignal: String, Codable, Sendable, Hashable, CaseIterable {
    /// Clicked any tracked link (SMS or email).
    case clicked
    /// Replied by text.
    case replied
    /// Opened an email.
    case emailOpened = "email_opened"
    /// Clicked a link in an email.
    case emailClicked = "email_clicked"
}

/// A condition on a step (`if:`), checked when the step is due; unmet means the step is skipped.
///
/// Written as text and parsed by ``FlowCondition/parse(_:currency:path:)``:
/// `cart_value >= 60` (major units of the store currency), `clicked`, `not clicked`, `replied`,
/// `not replied`, `email_opened`, `not email_opened`, `email_clicked`, `first_time`, `returning`.
public enum FlowCondition: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The cart subtotal, in minor units, compared with a threshold in minor units.
    case cartValue(FlowComparison, minorUnits: Int)
    /// Whether the shopper did something during this journey (`seen: false` is `not …`).
    case signal(FlowSignal, seen: Bool)
    /// Whether this is the shopper's first order attempt with the store (`first_time`) or not (`returning`).
    case firstTimeShopper(Bool)

    /// Whether the condition holds for this journey and cart.
    /// - Parameters:
    ///   - facts: What the shopper did during the journey.
    ///   - context: The cart and shopper.
    public func isMet(facts: JourneyFacts, context: FlowContext) -> Bool {
        switch self {
        case .cartValue(let comparison, let threshold): comparison.compare(context.cartValue, threshold)
        case .signal(let signal, let seen): facts.has(signal) == seen
        case .firstTimeShopper(let firstTime): context.isFirstTimeShopper == firstTime
        }
    }

    /// The condition in flow syntax; amounts are shown in minor units.
    public var description: String {
        switch self {
        case .cartValue(let comparison, let threshold): "cart_value \(comparison.rawValue) \(threshold) (minor units)"
        case .signal(let signal, let seen): seen ? signal.rawValue : "not \(signal.rawValue)"
        case .firstTimeShopper(let firstTime): firstTime ? "first_time" : "returning"
        }
    }
}
