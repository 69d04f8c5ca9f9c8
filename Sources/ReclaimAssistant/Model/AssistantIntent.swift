/// What a shopper's reply is about. Raw values are the `intent` strings of the assistant preview API
/// (CONTRACT.md), fixed.
public enum AssistantIntent: String, Codable, Sendable, Hashable, CaseIterable {
    /// Shipping cost, speed, destinations, free-shipping threshold.
    case shipping
    /// Returns, exchanges, warranty.
    case returns
    /// Whether a color, size or other option value exists or is in stock.
    case variant
    /// Product details: materials, dimensions, features.
    case product
    /// What something costs.
    case price
    /// Asks for a discount or code.
    case discount
    /// Ready to buy; wants the checkout link.
    case purchase
    /// Will buy later ("payday", "next week").
    case `defer`
    /// Not interested in the cart.
    case notInterested = "not_interested"
    /// Already bought it.
    case alreadyPurchased = "already_purchased"
    /// Stop texting me.
    case optOut = "opt_out"
    /// What is this / who is this / HELP.
    case help
    /// START / resubscribe.
    case optIn = "opt_in"
    /// Wants a person.
    case human
    /// Angry, complaining, "how did you get my number".
    case frustrated
    /// Refund, order status, damaged or missing order.
    case orderIssue = "order_issue"
    /// Card declined, checkout payment trouble, card details sent by text.
    case paymentIssue = "payment_issue"
    /// The number is not the shopper's.
    case wrongNumber = "wrong_number"
    /// None of the above.
    case other

    /// Intents that always go to a person.
    public var alwaysEscalates: Bool {
        switch self {
        case .human, .frustrated, .orderIssue, .paymentIssue: true
        default: false
        }
    }

    /// Intents that are questions the store's data may answer.
    public var isQuestion: Bool {
        switch self {
        case .shipping, .returns, .variant, .product, .price: true
        default: false
        }
    }
}
