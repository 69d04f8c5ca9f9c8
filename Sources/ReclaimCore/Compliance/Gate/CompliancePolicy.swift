import Foundation

/// Every configurable knob of the send gate, defaulting to the reference's recommendations
/// (`CompliancePolicy.reference`).
public struct CompliancePolicy: Sendable, Hashable {
    /// The one-text-per-abandoned-cart rule.
    public struct CartTextLimit: Sendable, Hashable {
        /// Whether the rule is on.
        public var isEnabled: Bool
        /// How long after a cart's text no other flow text about that cart may go.
        public var window: TimeInterval
        /// Countries of recipients it applies to.
        public var countries: Set<String>

        /// Creates the rule.
        public init(isEnabled: Bool = true, window: TimeInterval = 48 * 3600, countries: Set<String> = ["US"]) {
            self.isEnabled = isEnabled
            self.window = window
            self.countries = countries
        }
    }

    /// Quiet hours: store window, federal and jurisdiction rules.
    public var quietHours: QuietHoursPolicy
    /// Apply quiet hours to marketing email too (not required by the reference).
    public var quietHoursForEmail: Bool
    /// The store-wide per-recipient cap on marketing texts (reference: 3 per rolling 24 h for every
    /// recipient); `nil` for none. State caps apply regardless.
    public var perRecipientCap: FrequencyCap?
    /// Jurisdictions' own caps.
    public var stateCaps: [CapRule]
    /// A cap on the whole store's marketing texts (e.g. a daily budget); `nil` for none.
    public var storeCap: FrequencyCap?
    /// One text per abandoned cart within 48 h for US numbers; later touches go by email or as
    /// replies.
    public var cartTextLimit: CartTextLimit
    /// Refuse texts longer than one segment.
    public var requireSingleSegment: Bool
    /// Consent requirements per country and channel.
    public var consentRules: ConsentRules
    /// Require recorded consent to carry timestamp, source and disclosure text.
    public var requireConsentEvidence: Bool
    /// The SMS provider sends its own opt-out confirmation (Twilio default): the app sends none.
    public var providerSendsOptOutConfirmation: Bool
    /// How long after an opt-out its confirmation may still go (FCC: within 5 minutes).
    public var optOutConfirmationDeadline: TimeInterval
    /// How long after the shopper's message a reply is exempt from quiet hours.
    public var replyGracePeriod: TimeInterval

    /// Creates a policy; every parameter defaults to the reference value.
    public init(
        quietHours: QuietHoursPolicy = QuietHoursPolicy(), quietHoursForEmail: Bool = false,
        perRecipientCap: FrequencyCap? = .threePer24Hours, stateCaps: [CapRule] = CapRule.reference,
        storeCap: FrequencyCap? = nil, cartTextLimit: CartTextLimit = CartTextLimit(),
        requireSingleSegment: Bool = false, consentRules: ConsentRules = ConsentRules(),
        requireConsentEvidence: Bool = true, providerSendsOptOutConfirmation: Bool = false,
        optOutConfirmationDeadline: TimeInterval = 300, replyGracePeriod: TimeInterval = 3600
    ) {
        self.quietHours = quietHours
        self.quietHoursForEmail = quietHoursForEmail
        self.perRecipientCap = perRecipientCap
        self.stateCaps = stateCaps
        self.storeCap = storeCap
        self.cartTextLimit = cartTextLimit
        self.requireSingleSegment = requireSingleSegment
        self.consentRules = consentRules
        self.requireConsentEvidence = requireConsentEvidence
        self.providerSendsOptOutConfirmation = providerSendsOptOutConfirmation
        self.optOutConfirmationDeadline = optOutConfirmationDeadline
        self.replyGracePeriod = replyGracePeriod
    }

    /// The reference defaults.
    public static let reference = CompliancePolicy()
}
