import Foundation
import ReclaimCore

/// A change to a stored message's delivery fields: the new status plus whatever the provider reported.
///
/// `nil` fields keep the stored value, so a status callback that carries only a status never clears a
/// provider id or a cost recorded earlier.
public struct MessageUpdate: Sendable, Hashable {
    /// The new status.
    public var status: MessageStatus
    /// The provider's message id, once accepted.
    public var providerID: String?
    /// The provider's error code.
    public var errorCode: String?
    /// Segments billed.
    public var segments: Int?
    /// Price reported by the provider.
    public var cost: Money?
    /// When the provider accepted the message.
    public var sentAt: Date?
    /// A new send-gate decision (a deferred message re-evaluated).
    public var decision: SendDecisionRecord?

    /// Creates an update.
    public init(
        status: MessageStatus, providerID: String? = nil, errorCode: String? = nil, segments: Int? = nil,
        cost: Money? = nil, sentAt: Date? = nil, decision: SendDecisionRecord? = nil
    ) {
        self.status = status
        self.providerID = providerID
        self.errorCode = errorCode
        self.segments = segments
        self.cost = cost
        self.sentAt = sentAt
        self.decision = decision
    }
}
