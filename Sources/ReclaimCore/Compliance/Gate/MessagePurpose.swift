/// Why a message is being sent; decides which rules apply.
///
/// | purpose | consent | suppression | quiet hours | caps, one-text-per-cart |
/// |---|---|---|---|---|
/// | `flowStep` | jurisdiction's kind | blocks | yes | yes |
/// | `reply` | must not be revoked | blocks, except `opt_out_unconfirmed` | only after ``CompliancePolicy/replyGracePeriod`` | no |
/// | `helpReply` | – | blocks unless merely opted out or `opt_out_unconfirmed` (HELP is answered regardless of subscription) | no | no |
/// | `optOutConfirmation` | – | opted-out is expected; erased/invalid/blocked block | no | no |
/// | `optInConfirmation` | – | blocks | no | no |
/// | `doubleOptInRequest` | must not be revoked | blocks | yes (strict reading: it asks for marketing consent) | no |
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
    /// The one "Reply Y to confirm" text of Reclaim's double opt-in (`consent.double_opt_in: sms_reply`).
    /// Transactional (it confirms a consent the shopper just gave), so no consent kind or caps are needed,
    /// but it asks for marketing consent and was not requested by a text, so quiet hours apply: at night
    /// it waits for the morning.
    case doubleOptInRequest = "double_opt_in_request"
}
