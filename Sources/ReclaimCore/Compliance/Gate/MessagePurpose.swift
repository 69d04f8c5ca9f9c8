/// Why a message is being sent; decides which rules apply.
///
/// | purpose | consent | suppression | quiet hours | caps, one-text-per-cart |
/// |---|---|---|---|---|
/// | `flowStep` | jurisdiction's kind | blocks | yes | yes |
/// | `reply` | must not be revoked | blocks, except `opt_out_unconfirmed` | only after ``CompliancePolicy/replyGracePeriod`` | no |
/// | `helpReply` | – | blocks unless merely opted out or `opt_out_unconfirmed` (HELP is answered regardless of subscription) | no | no |
/// | `optOutConfirmation` | – | opted-out is expected; erased/invalid/blocked block | no | no |
/// | `optInConfirmation` | – | blocks | no | no |
public enum MessagePurpose: String, Codable, Sendable, Hashable, CaseIterable {
    /// A scheduled marketing step of a recovery flow.
    case flowStep = "flow_step"
    /// A direct answer to the shopper's own message (assistant or agent). Not a solicitation, so
    /// not subject to quiet hours or caps while it follows the shopper's message promptly.
    case reply
    /// The reply to a HELP/INFO keyword.
    case helpReply = "help_reply"
    /// The single confirmation after an opt-out (FCC 64.1200(a)(12)).
    case optOutConfirmation = "opt_out_confirmation"
    /// The confirmation after START/UNSTOP.
    case optInConfirmation = "opt_in_confirmation"
}
