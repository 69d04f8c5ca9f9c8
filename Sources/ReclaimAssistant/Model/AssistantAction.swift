/// What the assistant does with a reply. Raw values are the `action` strings of the assistant preview
/// API (CONTRACT.md), fixed.
public enum AssistantAction: String, Codable, Sendable, Hashable, CaseIterable {
    /// Send the composed answer.
    case answer
    /// Send the tracked checkout link.
    case sendLink = "send_link"
    /// Offer the next discount tier.
    case offerDiscount = "offer_discount"
    /// Pause the cart's sequence (not an opt-out).
    case pause
    /// Suppress the number; the compliance engine sends the confirmation.
    case optOut = "opt_out"
    /// Send the help reply.
    case help
    /// Resubscribe; the compliance engine sends the confirmation.
    case optIn = "opt_in"
    /// Hand the conversation to a person.
    case escalate
    /// Ask the shopper what they meant.
    case clarify
}
