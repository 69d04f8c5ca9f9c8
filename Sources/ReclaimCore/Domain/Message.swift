import Foundation

/// Which way a message travelled.
public enum MessageDirection: String, Codable, Sendable, Hashable, CaseIterable {
    case outbound, inbound
}

/// A message's progress through the outbox and the provider.
///
/// `pending → sending → accepted → delivered | undelivered | failed`; `blocked` and
/// `deferred` come from the send gate before anything leaves.
public enum MessageStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case pending, sending, accepted, sent, delivered, undelivered, failed, blocked, deferred, received
}

/// The send gate's verdict on a message.
public enum SendDecisionKind: String, Codable, Sendable, Hashable, CaseIterable {
    case send, `defer`, block
}

/// The recorded outcome of the send gate, with every reason that led to it.
public struct SendDecisionRecord: Codable, Sendable, Hashable {
    /// The verdict.
    public var kind: SendDecisionKind
    /// For `defer`: the first instant every rule allows.
    public var until: Date?
    /// Every reason considered decisive, in order.
    public var reasons: [Reason]
    /// The suppression the gate saw and allowed for this message's purpose (an opt-out confirmation to an
    /// opted-out number); the dispatcher sends it under that suppression only, never under a later one.
    public var suppression: SuppressionReason?

    /// Creates a decision record.
    public init(kind: SendDecisionKind, until: Date? = nil, reasons: [Reason] = [], suppression: SuppressionReason? = nil) {
        self.kind = kind
        self.until = until
        self.reasons = reasons
        self.suppression = suppression
    }
}

/// A text or email, outbound from a flow step or the assistant, or inbound from the shopper.
///
/// Outbound messages are unique per store by `idempotencyKey` (cart, step, channel), which is what
/// makes a second send of the same step impossible.
public struct Message: Codable, Sendable, Hashable, Identifiable {
    /// Reclaim's identifier.
    public var id: String
    /// Owning store.
    public var storeID: StoreID
    /// The journey that sent it, if any.
    public var journeyID: String?
    /// The cart it is about, if any.
    public var cartID: String?
    /// The shopper.
    public var contactID: String?
    /// SMS or email.
    public var channel: Channel
    /// Outbound or inbound.
    public var direction: MessageDirection
    /// Flow step index for flow messages; `nil` for replies.
    public var step: Int?
    /// Recipient (outbound) or sender (inbound) address.
    public var address: String
    /// Email subject.
    public var subject: String?
    /// Rendered text body (card data redacted for inbound).
    public var body: String
    /// Rendered HTML body of an email (`nil` for texts and plain-text emails).
    public var html: String?
    /// Outbox and provider status.
    public var status: MessageStatus
    /// What the send gate decided and why.
    public var decision: SendDecisionRecord?
    /// Provider's message id (Twilio SID, Telnyx id, SMTP Message-ID).
    public var providerID: String?
    /// Provider error code on failure.
    public var errorCode: String?
    /// SMS segments billed.
    public var segments: Int?
    /// Price reported by the provider, in minor units.
    public var cost: Money?
    /// Unique key for outbound sends: `cart:step:channel` or similar.
    public var idempotencyKey: String?
    /// A/B variant, copied from the journey for reporting.
    public var variant: String?
    /// Creation time.
    public var createdAt: Date
    /// When the provider accepted it or it arrived.
    public var sentAt: Date?
    /// Last status change.
    public var updatedAt: Date

    /// Creates a message.
    public init(
        id: String, storeID: StoreID, journeyID: String? = nil, cartID: String? = nil, contactID: String? = nil,
        channel: Channel, direction: MessageDirection, step: Int? = nil, address: String, subject: String? = nil,
        body: String, html: String? = nil, status: MessageStatus, decision: SendDecisionRecord? = nil, providerID: String? = nil,
        errorCode: String? = nil, segments: Int? = nil, cost: Money? = nil, idempotencyKey: String? = nil,
        variant: String? = nil, createdAt: Date, sentAt: Date? = nil, updatedAt: Date
    ) {
        self.id = id
        self.storeID = storeID
        self.journeyID = journeyID
        self.cartID = cartID
        self.contactID = contactID
        self.channel = channel
        self.direction = direction
        self.step = step
        self.address = address
        self.subject = subject
        self.body = body
        self.html = html
        self.status = status
        self.decision = decision
        self.providerID = providerID
        self.errorCode = errorCode
        self.segments = segments
        self.cost = cost
        self.idempotencyKey = idempotencyKey
        self.variant = variant
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.updatedAt = updatedAt
    }
}
