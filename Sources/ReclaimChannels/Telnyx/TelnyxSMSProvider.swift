import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import NIOHTTP1
import ReclaimCore

/// Sends texts through Telnyx Messaging v2.
///
/// `POST {base}/v2/messages` with a JSON body (`from`, `to`, `text`, `messaging_profile_id`,
/// `webhook_url`) and `Authorization: Bearer`; a 200 means "queued", and `data.id` is the id that later
/// webhooks carry as `data.payload.id`. A 40300 ("Blocked due to STOP message") maps to suppression.
///
/// ```swift
/// let telnyx = TelnyxSMSProvider(configuration: TelnyxConfiguration(apiKey: key))
/// let result = try await telnyx.send(SMSSendRequest(to: "+13125550002", sender: .number("+13125550001"),
///                                                  body: "Hi", statusCallbackURL: hook, idempotencyKey: "c1:0:sms"))
/// ```
public struct TelnyxSMSProvider: SMSProvider {
    /// `telnyx`.
    public let name = "telnyx"
    /// The key, endpoint and idempotency settings.
    public let configuration: TelnyxConfiguration
    private let http: ProviderHTTP
    private let now: @Sendable () -> Date

    /// ``TelnyxConfiguration/trustsIdempotencyKey``.
    public var deduplicatesRetries: Bool { self.configuration.sendsIdempotencyKey && self.configuration.trustsIdempotencyKey }

    /// Creates a provider.
    /// - Parameters:
    ///   - configuration: Key, endpoint and timeout.
    ///   - httpClient: The HTTP client (the shared one by default).
    ///   - now: The clock, for `Retry-After` dates.
    public init(
        configuration: TelnyxConfiguration, httpClient: HTTPClient = .shared, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.http = ProviderHTTP(provider: "telnyx", client: httpClient, timeout: configuration.requestTimeout)
        self.now = now
    }

    /// Queues the message at Telnyx.
    /// - Parameter request: The text to send.
    /// - Returns: `data.id`, the status (`queued` → ``MessageStatus/accepted``), `parts` and `cost` when known.
    /// - Throws: ``ProviderError``; see ``TelnyxErrorCodes/action(httpStatus:codes:message:retryAfter:)``.
    public func send(_ request: SMSSendRequest) async throws -> SMSSendResult {
        var http = HTTPClientRequest(url: "\(self.configuration.baseURL)/v2/messages")
        http.method = .POST
        self.authorize(&http)
        http.headers.add(name: "Content-Type", value: "application/json")
        if self.configuration.sendsIdempotencyKey {
            http.headers.add(name: "Idempotency-Key", value: Self.idempotencyHeader(request.idempotencyKey))
        }
        http.body = .bytes(ByteBuffer(bytes: try Self.body(for: request)))
        let response = try await self.http.perform(http)
        guard (200..<300).contains(response.status) else { throw self.error(from: response) }
        let message = try self.decode(response)
        return SMSSendResult(
            provider: self.name, providerID: message.id, status: TelnyxMessageStatus.messageStatus(message.status),
            providerStatus: message.status, segments: message.parts, price: message.price)
    }

    /// Fetches `GET {base}/v2/messages/{id}`.
    /// - Parameter providerID: The message id.
    /// - Returns: Its current state, or `nil` on 404.
    /// - Throws: ``ProviderError`` for other failures.
    public func lookup(providerID: String) async throws -> SMSStatusReport? {
        guard !providerID.isEmpty, providerID.allSatisfy({ $0.isASCII && ($0.isHexDigit || $0 == "-" || $0.isLetter) }) else {
            throw ProviderError(
                provider: self.name, action: .permanent(code: "invalid_id", message: "not a Telnyx message id"),
                message: "not a Telnyx message id: \(providerID)")
        }
        var http = HTTPClientRequest(url: "\(self.configuration.baseURL)/v2/messages/\(providerID)")
        http.method = .GET
        self.authorize(&http)
        let response = try await self.http.perform(http)
        if response.status == 404 { return nil }
        guard response.status == 200 else { throw self.error(from: response) }
        return TelnyxWebhookEvent.report(for: try self.decode(response), occurredAt: nil)
    }

    /// The JSON body, keys sorted so that a retried request is byte-identical (idempotency keys demand it).
    static func body(for request: SMSSendRequest) throws -> Data {
        let body = TelnyxSendBody(
            from: request.sender.number, to: request.to, text: request.body, messagingProfileID: request.sender.service,
            webhookURL: request.statusCallbackURL)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(body)
    }

    /// The key itself when it fits Telnyx's pattern `^[A-Za-z0-9_:-]{1,255}$`, else its SHA-256 hex.
    static func idempotencyHeader(_ key: String) -> String {
        let allowed = key.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
        }
        if allowed && (1...255).contains(key.utf8.count) { return key }
        return SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private func authorize(_ request: inout HTTPClientRequest) {
        request.headers.add(name: "Authorization", value: "Bearer \(self.configuration.apiKey)")
        request.headers.add(name: "Accept", value: "application/json")
    }

    private func decode(_ response: ProviderHTTP.Response) throws -> TelnyxMessage {
        do {
            return try JSONDecoder().decode(TelnyxEnvelope<TelnyxMessage>.self, from: response.data).data
        } catch {
            throw ProviderError(
                provider: self.name, action: .retry(after: nil), message: "unreadable success body: \(error)",
                httpStatus: response.status, outcomeUnknown: true)
        }
    }

    private func error(from response: ProviderHTTP.Response) -> ProviderError {
        let errors = (try? JSONDecoder().decode(TelnyxErrorBody.self, from: response.data))?.errors ?? []
        let codes = errors.compactMap { $0.code?.value }
        let message = errors.first.flatMap { $0.detail ?? $0.title } ?? String(response.text.prefix(300))
        let header = response.headers.first(name: "Retry-After") ?? response.headers.first(name: "x-ratelimit-reset")
        let retryAfter = RetryAfter.seconds(header, now: self.now())
        let action = TelnyxErrorCodes.action(httpStatus: response.status, codes: codes, message: message, retryAfter: retryAfter)
        return ProviderError(provider: self.name, action: action, code: codes.first, message: message, httpStatus: response.status)
    }
}
