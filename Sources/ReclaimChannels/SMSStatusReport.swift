import Foundation
import ReclaimCore

/// A message's state as a provider reports it: from a status callback, a webhook or a lookup.
///
/// Reports can arrive out of order (`delivered` before `sent`); apply one with
/// ``MessageStatusProgress/merge(current:incoming:)`` so the most final status wins.
public struct SMSStatusReport: Sendable, Hashable, Codable {
    /// Which provider reported it.
    public var provider: String
    /// The provider's message id.
    public var providerID: String
    /// The status mapped onto Reclaim's.
    public var status: MessageStatus
    /// The provider's own status word (`delivered`, `delivery_failed`, `undelivered`).
    public var providerStatus: String
    /// The provider's error code for a failure (`30003`, `40008`), if any.
    public var errorCode: String?
    /// What to do about the recipient because of that error, if anything (e.g. suppress on 30004).
    public var errorAction: ProviderAction?
    /// Segments billed, when reported.
    public var segments: Int?
    /// Price, when reported.
    public var price: ProviderPrice?
    /// Sender, when reported.
    public var from: String?
    /// Recipient, when reported.
    public var to: String?
    /// When the provider says the change happened, when it says so.
    public var occurredAt: Date?

    /// Creates a report.
    public init(
        provider: String, providerID: String, status: MessageStatus, providerStatus: String, errorCode: String? = nil,
        errorAction: ProviderAction? = nil, segments: Int? = nil, price: ProviderPrice? = nil, from: String? = nil,
        to: String? = nil, occurredAt: Date? = nil
    ) {
        self.provider = provider
        self.providerID = providerID
        self.status = status
        self.providerStatus = providerStatus
        self.errorCode = errorCode
        self.errorAction = errorAction
        self.segments = segments
        self.price = price
        self.from = from
        self.to = to
        self.occurredAt = occurredAt
    }

    /// Whether the status is terminal (delivered, undelivered or failed).
    public var isFinal: Bool { MessageStatusProgress.isFinal(self.status) }
}

/// An inbound text as a provider delivered it (Telnyx `message.received`, outbox simulated reply).
public struct InboundSMS: Sendable, Hashable, Codable {
    /// Which provider delivered it.
    public var provider: String
    /// The provider's message id.
    public var providerID: String
    /// The shopper's number.
    public var from: String
    /// Our number.
    public var to: String
    /// The text as received.
    public var text: String
    /// When the provider received it.
    public var receivedAt: Date?
    /// The provider's own keyword handling (`STOP`, `START`, `HELP`) when it triggered, else `nil`.
    public var autoresponseType: String?
    /// Media attached (MMS).
    public var mediaURLs: [String]

    /// Creates an inbound message.
    public init(
        provider: String, providerID: String, from: String, to: String, text: String, receivedAt: Date? = nil,
        autoresponseType: String? = nil, mediaURLs: [String] = []
    ) {
        self.provider = provider
        self.providerID = providerID
        self.from = from
        self.to = to
        self.text = text
        self.receivedAt = receivedAt
        self.autoresponseType = autoresponseType
        self.mediaURLs = mediaURLs
    }
}

/// How far a message has got, so that late or duplicate reports never move it backwards.
public enum MessageStatusProgress {
    /// Orders statuses: pending 0, sending 1, accepted 2, sent 3, final (delivered/undelivered/failed) 4.
    /// Gate and inbound statuses (`blocked`, `deferred`, `received`) rank 5: reports never change them.
    /// - Parameter status: A status.
    /// - Returns: Its rank.
    public static func rank(_ status: MessageStatus) -> Int {
        switch status {
        case .pending: return 0
        case .sending: return 1
        case .accepted: return 2
        case .sent: return 3
        case .delivered, .undelivered, .failed: return 4
        case .blocked, .deferred, .received: return 5
        }
    }

    /// Whether the status is a provider's last word.
    /// - Parameter status: A status.
    /// - Returns: `true` for delivered, undelivered and failed.
    public static func isFinal(_ status: MessageStatus) -> Bool {
        self.rank(status) == 4
    }

    /// The status to keep when a report arrives: the incoming one only if it is further along.
    /// The first final status wins; a later, different final status is ignored, and so is a gate or
    /// inbound status (`received` is no delivery report of an outbound message).
    /// - Parameters:
    ///   - current: The stored status.
    ///   - incoming: The reported status.
    /// - Returns: The status to store.
    public static func merge(current: MessageStatus, incoming: MessageStatus) -> MessageStatus {
        let moves = self.rank(incoming) > self.rank(current) && self.rank(current) < 4 && self.rank(incoming) <= 4
        return moves ? incoming : current
    }
}
