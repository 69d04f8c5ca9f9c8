extension AssistantIntent {
    /// The action this intent maps to in docs/assistant.md's table ("Intents and actions"), for scoring:
    /// questions `answer`, discount `offer_discount`, purchase `send_link`, later / not interested / bought
    /// `pause`, opt-out and wrong number `opt_out`, the escalation intents `escalate`, other `clarify`.
    public var mappedAction: AssistantAction {
        switch self {
        case .shipping, .returns, .variant, .product, .price: .answer
        case .discount: .offerDiscount
        case .purchase: .sendLink
        case .defer, .notInterested, .alreadyPurchased: .pause
        case .optOut, .wrongNumber: .optOut
        case .optIn: .optIn
        case .help: .help
        case .human, .frustrated, .orderIssue, .paymentIssue: .escalate
        case .other: .clarify
        }
    }
}
