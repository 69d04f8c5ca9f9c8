import ReclaimCore

extension Message {
    /// Whether the address's suppression entry stops this queued message when it is about to leave.
    ///
    /// Any entry does, except the very one the send gate saw and allowed for the message's purpose
    /// (recorded in ``SendDecisionRecord/suppression``): the opt-out confirmation and a HELP reply to an
    /// opted-out number, an answer while an ambiguous "stop" is unconfirmed. A suppression that arrived
    /// or changed after the message was queued (a STOP after the question) stops it.
    /// - Parameter suppression: The entry's reason now, `nil` when the address is not suppressed.
    func isStopped(by suppression: SuppressionReason?) -> Bool {
        guard let suppression else { return false }
        return self.decision?.suppression != suppression
    }
}
