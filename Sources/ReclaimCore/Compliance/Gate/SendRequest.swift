import Foundation

/// Everything the send gate needs to judge one message. Nothing is looked up: the caller passes
/// the recipient's location candidates, the consent on record, suppression, history and `now`.
///
/// ```swift
/// let request = SendRequest(
///     channel: .sms, purpose: .flowStep,
///     location: RecipientLocation(phone: PhoneLocation(country: "US", subdivision: "FL", areaCode: "305"),
///                                 address: cart.shippingAddress),
///     consent: ConsentEvidence(record: latestSMSConsent),
///     history: SendHistory(sentLast24h: 1, cartSMSWithin48h: false),
///     content: SendRequest.Content(text: body, brand: store.name, isFirstMessage: true),
///     now: now)
/// let decision = SendGate.decide(request)
/// ```
public struct SendRequest: Sendable, Hashable {
    /// The rendered message, when it is known, for the message rules.
    public struct Content: Sendable, Hashable {
        /// The rendered text.
        public var text: String
        /// The store's brand name, which must appear.
        public var brand: String
        /// First message to this recipient in the conversation: needs the opt-out line.
        public var isFirstMessage: Bool

        /// Creates content.
        public init(text: String, brand: String, isFirstMessage: Bool) {
            self.text = text
            self.brand = brand
            self.isFirstMessage = isFirstMessage
        }
    }

    /// SMS or email.
    public var channel: Channel
    /// Why it is sent.
    public var purpose: MessagePurpose
    /// Where the recipient may be.
    public var location: RecipientLocation
    /// The consent on record for this channel.
    public var consent: ConsentEvidence
    /// Why the address is suppressed, if it is.
    public var suppression: SuppressionReason?
    /// Sends and replies so far.
    public var history: SendHistory
    /// The rendered message, if known.
    public var content: Content?
    /// The current instant.
    public var now: Date
    /// The policy.
    public var policy: CompliancePolicy

    /// Creates a request.
    public init(
        channel: Channel, purpose: MessagePurpose, location: RecipientLocation, consent: ConsentEvidence,
        suppression: SuppressionReason? = nil, history: SendHistory = SendHistory(), content: Content? = nil,
        now: Date, policy: CompliancePolicy = .reference
    ) {
        self.channel = channel
        self.purpose = purpose
        self.location = location
        self.consent = consent
        self.suppression = suppression
        self.history = history
        self.content = content
        self.now = now
        self.policy = policy
    }
}

extension SendRequest {
    /// Builds a request straight from the phone module's presumption and the shopper's address,
    /// as `policy check` does.
    ///
    /// ```swift
    /// let request = SendRequest(
    ///     channel: .sms, purpose: .flowStep,
    ///     phone: PhoneLocation(country: "US", subdivision: "FL", areaCode: "305"),
    ///     address: PostalAddress(country: "US", province: "TX", zip: "79901"),
    ///     consent: .assumed(.expressWritten),
    ///     history: SendHistory(sentLast24h: 0, cartSMSWithin48h: false),
    ///     now: now)
    /// ```
    /// - Parameters:
    ///   - channel: SMS or email.
    ///   - purpose: why the message is sent.
    ///   - phone: the phone module's presumption, if there is a number.
    ///   - address: the shipping or billing address, if any.
    ///   - consent: the consent on record.
    ///   - suppression: why the address is suppressed, if it is.
    ///   - history: sends and replies so far.
    ///   - content: the rendered message, if known.
    ///   - now: the current instant.
    ///   - policy: the policy.
    public init(
        channel: Channel, purpose: MessagePurpose, phone: PhoneLocation?, address: PostalAddress?,
        consent: ConsentEvidence, suppression: SuppressionReason? = nil, history: SendHistory = SendHistory(),
        content: Content? = nil, now: Date, policy: CompliancePolicy = .reference
    ) {
        self.init(
            channel: channel, purpose: purpose, location: RecipientLocation(phone: phone, address: address),
            consent: consent, suppression: suppression, history: history, content: content, now: now, policy: policy)
    }
}
