import Foundation
import ReclaimCore

/// A Telnyx messaging webhook (`message.sent`, `message.finalized`, `message.received`), parsed from
/// the raw body after ``TelnyxWebhookVerifier`` accepted it.
///
/// Deliveries may repeat or arrive out of order: dedupe on ``eventID``, correlate outbound reports on
/// ``SMSStatusReport/providerID`` (`data.payload.id`), and merge statuses with ``MessageStatusProgress``.
///
/// ```swift
/// let event = try TelnyxWebhookEvent(rawBody: body)
/// switch event.kind {
/// case .sent, .finalized: apply(event.statusReport!)
/// case .received: handleInbound(event.inbound!)
/// case .other: break
/// }
/// ```
public struct TelnyxWebhookEvent: Sendable, Hashable {
    /// The event types Reclaim acts on.
    public enum Kind: Sendable, Hashable {
        /// `message.sent`: handed to the carrier.
        case sent
        /// `message.finalized`: terminal outbound status, final cost.
        case finalized
        /// `message.received`: an inbound text.
        case received
        /// Anything else, by its `event_type`.
        case other(String)
    }

    /// `data.id`, the event's unique id (dedupe on it).
    public var eventID: String
    /// `data.event_type`.
    public var eventType: String
    /// The event type as a ``Kind``.
    public var kind: Kind
    /// `data.occurred_at`.
    public var occurredAt: Date?
    /// For outbound events: the message's state.
    public var statusReport: SMSStatusReport?
    /// For `message.received`: the inbound text.
    public var inbound: InboundSMS?

    /// Parses a webhook body.
    /// - Parameter rawBody: The body exactly as received.
    /// - Throws: `DecodingError` when it is not a Telnyx event envelope.
    public init(rawBody: some DataProtocol) throws {
        let envelope = try JSONDecoder().decode(Envelope.self, from: Data(rawBody))
        self.eventID = envelope.data.id
        self.eventType = envelope.data.eventType
        self.occurredAt = envelope.data.occurredAt.flatMap(Self.date)
        switch envelope.data.eventType {
        case "message.sent": self.kind = .sent
        case "message.finalized": self.kind = .finalized
        case "message.received": self.kind = .received
        default: self.kind = .other(envelope.data.eventType)
        }
        guard let payload = envelope.data.payload else { return }
        if self.kind == .received || payload.direction == "inbound" {
            self.inbound = InboundSMS(
                provider: "telnyx", providerID: payload.id, from: payload.from?.phoneNumber ?? "",
                to: payload.to?.first?.phoneNumber ?? "", text: payload.text ?? "",
                receivedAt: payload.receivedAt.flatMap(Self.date), autoresponseType: payload.autoresponseType,
                mediaURLs: payload.media?.compactMap(\.url) ?? [])
        } else {
            self.statusReport = Self.report(for: payload, occurredAt: self.occurredAt)
        }
    }

    /// A provider-neutral report for an outbound message object.
    static func report(for message: TelnyxMessage, occurredAt: Date?) -> SMSStatusReport {
        let errorCode = message.errors?.first?.code?.value
        return SMSStatusReport(
            provider: "telnyx", providerID: message.id, status: TelnyxMessageStatus.messageStatus(message.status),
            providerStatus: message.status, errorCode: errorCode,
            errorAction: errorCode.flatMap(TelnyxErrorCodes.callbackAction(code:)), segments: message.parts,
            price: message.price, from: message.from?.phoneNumber, to: message.to?.first?.phoneNumber,
            occurredAt: occurredAt)
    }

    /// Parses ISO 8601 with or without fractional seconds.
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    private struct Envelope: Decodable {
        struct EventData: Decodable {
            let id: String
            let eventType: String
            let occurredAt: String?
            let payload: TelnyxMessage?

            enum CodingKeys: String, CodingKey {
                case id, payload
                case eventType = "event_type"
                case occurredAt = "occurred_at"
            }
        }

        let data: EventData
    }
}
