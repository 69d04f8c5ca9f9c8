/// Why a journey ended; stored as `Journey.reason`.
public enum FlowEndReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The shopper bought.
    case purchased
    /// The shopper opted out of every channel, or of every channel the remaining steps use.
    case optedOut = "opted_out"
    /// Every step ran.
    case completed
    /// A newer cart of the same shopper took over.
    case superseded
    /// The cart was emptied.
    case emptied
    /// The cart is in the holdout group: tracked for analytics, never messaged.
    case holdout
}

/// Why a journey is paused; stored as `Journey.reason`.
public enum FlowPauseReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// The shopper replied; the conversation takes over.
    case replied
    /// The conversation was escalated to a person.
    case escalated
    /// The shopper asked to wait ("remind me next week").
    case shopperRequested = "shopper_requested"
    /// A person took over the conversation.
    case humanTakeover = "human_takeover"
    /// The merchant paused it.
    case merchant
}

/// Why the flow itself skipped a step (the policy gate's blocks are ``StepOutcome/blocked(_:)``).
public enum FlowSkipReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// A condition (`if:`) did not hold when the step was due.
    case conditionNotMet = "condition_not_met"
    /// Deferral pushed the send past the staleness limit.
    case stale
    /// The shopper opted out of the step's channel.
    case channelOptedOut = "channel_opted_out"
    /// The flow sends only its first SMS; further texts are replies (carrier-safe).
    case smsOnlyAsReplies = "sms_only_as_replies"
    /// An `email_not_opened` step whose email was opened.
    case emailOpened = "email_opened"
}
