import Foundation

/// Something that happened to a journey; the server feeds these to ``FlowEngine/handle(_:progress:flow:context:now:)``.
///
/// Shopper events (`clicked`, `replied`, …) happen at the `now` passed with them.
public enum FlowEvent: Codable, Sendable, Hashable {
    /// The cart was abandoned; starts the journey. Ignored when it has already started.
    case started(abandonedAt: Date)
    /// The job for a step came due.
    case stepDue(Int)
    /// The step's message was accepted for sending at `at`.
    case stepSent(Int, channel: Channel, at: Date)
    /// The policy gate deferred the step (quiet hours) until the instant.
    case stepDeferred(Int, until: Date)
    /// The policy gate blocked the step; `reason` is its code.
    case stepBlocked(Int, reason: String)
    /// The shopper clicked a tracked link (any channel).
    case clicked
    /// The shopper replied by text.
    case replied
    /// The shopper opened an email.
    case emailOpened
    /// The shopper clicked a link in an email.
    case emailClicked
    /// The shopper bought.
    case purchased
    /// The shopper opted out of one channel, or of all when `nil`.
    case optedOut(Channel?)
    /// The cart changed after abandonment.
    case cartUpdated
    /// The cart was emptied.
    case cartEmptied
    /// A newer cart of the same shopper took over.
    case superseded
    /// The conversation was escalated to a person.
    case escalated
    /// Pause for a reason.
    case paused(FlowPauseReason)
    /// Resume after a pause.
    case resumed
    /// A person handed the conversation back to the flow.
    case handedBack
}
