import Foundation
import ReclaimCore

/// A service that sends text messages and reports on them: Twilio, Telnyx or the in-process outbox.
///
/// Implementations map every failure to a ``ProviderError`` whose ``ProviderAction`` tells the
/// dispatcher what to do. Retrying is the caller's business (``ProviderRetry``, or the job queue with
/// ``ProviderError/retryDate(attempt:backoff:jitter:now:)``).
///
/// ```swift
/// let provider: any SMSProvider = TwilioSMSProvider(configuration: twilio, httpClient: .shared)
/// let result = try await provider.send(SMSSendRequest(
///     to: "+15558675310", sender: .number("+15017122661"), body: "Your cart is waiting",
///     statusCallbackURL: "https://reclaim.example.com/webhooks/twilio/status", idempotencyKey: "cart1:0:sms"))
/// // store result.providerID, result.status, result.segments, result.price
/// ```
public protocol SMSProvider: Sendable {
    /// Short name used in errors, logs and stored rows (`twilio`, `telnyx`, `outbox`).
    var name: String { get }

    /// Whether repeating a send whose outcome is unknown is safe because the provider deduplicates on
    /// ``SMSSendRequest/idempotencyKey``. `false` for Twilio, which has no idempotency key for Messages.
    var deduplicatesRetries: Bool { get }

    /// Hands one message to the provider.
    /// - Parameter request: Recipient, sender, body, callback URL and idempotency key.
    /// - Returns: The provider's id, initial status, segments and price when known.
    /// - Throws: ``ProviderError`` for every provider or transport failure.
    func send(_ request: SMSSendRequest) async throws -> SMSSendResult

    /// Looks a message up by the provider's id, to reconcile a row left in `sending` after a crash.
    /// - Parameter providerID: The id the provider returned on send (Twilio SID, Telnyx UUID).
    /// - Returns: The message's current state, or `nil` when the provider does not know the id.
    /// - Throws: ``ProviderError`` for transport or authentication failures.
    func lookup(providerID: String) async throws -> SMSStatusReport?

    /// Whether ``findSent(_:createdAfter:)`` can search the provider's log for a text whose id was never
    /// recorded (Twilio's message list). `false` unless a provider says otherwise.
    var findsSentMessages: Bool { get }

    /// Finds a text this account sent as `request` describes (same recipient, body and sender), created at
    /// or after `createdAfter`: how a row left in `sending` without a provider id is settled after a crash.
    /// - Parameters:
    ///   - request: The send as it would have been made.
    ///   - createdAfter: When the row went to `sending`; an older text with the same body is not it.
    /// - Returns: Every match, oldest first (the caller skips ids another row already holds); empty when
    ///   the provider has none.
    /// - Throws: ``ProviderError`` for transport or authentication failures.
    func findSent(_ request: SMSSendRequest, createdAfter: Date) async throws -> [SMSStatusReport]
}

extension SMSProvider {
    /// Providers cannot search their log unless they say so.
    public var findsSentMessages: Bool { false }

    /// Finds nothing: the provider cannot search its log.
    public func findSent(_ request: SMSSendRequest, createdAfter: Date) async throws -> [SMSStatusReport] { [] }
}

/// Who a text is sent from.
public enum SMSSender: Sendable, Hashable, Codable {
    /// A phone number, short code or alphanumeric sender id (Twilio `From`, Telnyx `from`).
    case number(String)
    /// A pool of senders: Twilio `MessagingServiceSid` (`MG…`) or Telnyx `messaging_profile_id`.
    case messagingService(String)
    /// A number that belongs to a messaging service or profile; both are sent.
    case numberInService(number: String, service: String)

    /// The phone number, if one was given.
    public var number: String? {
        switch self {
        case .number(let number), .numberInService(let number, _): return number
        case .messagingService: return nil
        }
    }

    /// The messaging service or profile id, if one was given.
    public var service: String? {
        switch self {
        case .messagingService(let service), .numberInService(_, let service): return service
        case .number: return nil
        }
    }
}

/// One text to send.
public struct SMSSendRequest: Sendable, Hashable, Codable {
    /// Recipient in E.164 form (`+15558675310`).
    public var to: String
    /// The sending number or service.
    public var sender: SMSSender
    /// The rendered text.
    public var body: String
    /// Where the provider should post delivery reports (Twilio `StatusCallback`, Telnyx `webhook_url`).
    public var statusCallbackURL: String?
    /// The outbox row's key (`cart:step:channel`). Sent as `Idempotency-Key` where the provider
    /// supports one; otherwise the outbox state machine is the guard against duplicates.
    public var idempotencyKey: String

    /// Creates a request.
    /// - Parameters:
    ///   - to: Recipient in E.164 form.
    ///   - sender: The sending number or service.
    ///   - body: The text.
    ///   - statusCallbackURL: Delivery-report URL, if any.
    ///   - idempotencyKey: The outbox row's unique key.
    public init(to: String, sender: SMSSender, body: String, statusCallbackURL: String? = nil, idempotencyKey: String) {
        self.to = to
        self.sender = sender
        self.body = body
        self.statusCallbackURL = statusCallbackURL
        self.idempotencyKey = idempotencyKey
    }
}

/// What a provider answered when it accepted a text.
public struct SMSSendResult: Sendable, Hashable, Codable {
    /// Which provider accepted it.
    public var provider: String
    /// The provider's message id (Twilio SID `SM…`, Telnyx UUID, outbox id): store it at once.
    public var providerID: String
    /// The initial status mapped onto Reclaim's (normally ``MessageStatus/accepted``).
    public var status: MessageStatus
    /// The provider's own status word (`queued`, `accepted`, `scheduled`).
    public var providerStatus: String
    /// Segments billed, when the provider knows already (Twilio reports `0` for service sends).
    public var segments: Int?
    /// Price, when the provider reports it at send time (usually only later).
    public var price: ProviderPrice?

    /// Creates a result.
    public init(
        provider: String, providerID: String, status: MessageStatus, providerStatus: String, segments: Int? = nil,
        price: ProviderPrice? = nil
    ) {
        self.provider = provider
        self.providerID = providerID
        self.status = status
        self.providerStatus = providerStatus
        self.segments = segments
        self.price = price
    }
}
