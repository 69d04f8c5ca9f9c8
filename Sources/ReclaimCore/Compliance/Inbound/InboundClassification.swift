/// What an inbound text asks for, with the rule that decided it, for the audit trail.
public struct InboundClassification: Codable, Sendable, Hashable {
    /// The shopper's request.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// Revoke consent: suppress the number for this merchant on every flow, at once.
        case optOut = "opt_out"
        /// HELP / INFO: send the help reply; subscription unchanged.
        case help
        /// START / UNSTOP (or YES while suppressed): resubscribe with a new consent record.
        case optIn = "opt_in"
        /// None of these; hand the text to the assistant's intent check.
        case none
    }

    /// The request.
    public var kind: Kind
    /// The rule that fired: `keyword:stop`, `clause:stop`, `phrase:en.stop_contact`,
    /// `phrase:es.no_me_escribas`, `keyword:yes (suppressed)`; for ``Kind/none`` the cue that raised
    /// ``needsReview`` (`review:keep_texting`, `review:word:cancel`, `review:exclamation:stop`), else `nil`.
    public var rule: String?
    /// The normalised words that matched.
    public var matchedText: String?
    /// "Wrong number" and the like: the number may have been reassigned; flag it for review.
    public var possibleReassignedNumber: Bool
    /// Not an opt-out, but stop-ish: an opt-out word no look-alike explains ("I want to cancel"), a
    /// complaint about the texts ("why do you keep texting me"), or a lone STOP followed by praise.
    /// Stop marketing to the number and ask once. Never set for ordinary shopping questions
    /// ("stop by the store?", "cancel my order").
    public var needsReview: Bool

    /// Creates a classification.
    public init(
        kind: Kind, rule: String?, matchedText: String?, possibleReassignedNumber: Bool = false,
        needsReview: Bool = false
    ) {
        self.kind = kind
        self.rule = rule
        self.matchedText = matchedText
        self.possibleReassignedNumber = possibleReassignedNumber
        self.needsReview = needsReview
    }
}
