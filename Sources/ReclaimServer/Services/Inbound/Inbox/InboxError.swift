import ReclaimCore

/// Why an inbox action was refused. No HTTP here: ``ConversationsController`` maps each case to its
/// status (404, 400 naming the field, 409).
enum InboxError: Error, Sendable, Equatable {
    /// No conversation with that id in the store.
    case notFound(String)
    /// The reply's text cannot be sent as written; the message says why.
    case invalidText(String)
    /// The shopper opted out, or their number is otherwise suppressed or their consent revoked.
    case optedOut(String)
    /// The reply gate blocked the reply for another reason (the number's location is unknown after
    /// the reply window, no send window is open); its reasons.
    case blocked([Reason])
    /// The shopper has no phone number on file (erased), so nothing can be texted.
    case noPhone
    /// A hand-back needs a conversation that is with a person (`escalated` or `human`).
    case notWithAPerson(ConversationStatus)
}
