import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import ReclaimCore

/// Sends texts through Twilio's Messages API (`2010-04-01`).
///
/// `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From` and/or
/// `MessagingServiceSid`, `Body`, `StatusCallback`, HTTP Basic auth. Twilio has no idempotency key for
/// Messages, so ``deduplicatesRetries`` is `false`: the outbox state machine (``SendStateMachine``) is
/// the guard against a second text, and a send whose outcome is unknown goes to a human.
///
/// ```swift
/// let twilio = TwilioSMSProvider(configuration: TwilioConfiguration(accountSID: sid, authToken: token))
/// let result = try await twilio.send(SMSSendRequest(to: "+15558675310", sender: .number("+15017122661"),
///                                                  body: "Hi", idempotencyKey: "c1:0:sms"))
/// ```
public struct TwilioSMSProvider: SMSProvider {
    /// `twilio`.
    public let name = "twilio"
    /// The account, credentials and endpoint.
    public let configuration: TwilioConfiguration
    let http: ProviderHTTP
    let now: @Sendable () -> Date

    /// Twilio cannot deduplicate a repeated create.
    public var deduplicatesRetries: Bool { false }

    /// Creates a provider.
    /// - Parameters:
    ///   - configuration: Account, credentials, endpoint and timeout.
    ///   - httpClient: The HTTP client to use (the shared one by default).
    ///   - now: The clock, for `Retry-After` dates.
    public init(
        configuration: TwilioConfiguration, httpClient: HTTPClient = .shared, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.http = ProviderHTTP(provider: "twilio", client: httpClient, timeout: configuration.requestTimeout)
        self.now = now
    }

    /// Creates the message at Twilio.
    /// - Parameter request: The text to send.
    /// - Returns: The SID, initial status (`queued`/`accepted` → ``MessageStatus/accepted``), segments and price.
    /// - Throws: ``ProviderError``; see ``TwilioErrorCodes/action(httpStatus:code:message:retryAfter:)``.
    public func send(_ request: SMSSendRequest) async throws -> SMSSendResult {
        var http = HTTPClientRequest(url: self.configuration.messagesURL + ".json")
        http.method = .POST
        http.headers.add(name: "Authorization", value: self.configuration.authorization)
        http.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        http.headers.add(name: "Accept", value: "application/json")
        http.body = .bytes(ByteBuffer(string: FormEncoding.encode(Self.parameters(for: request))))
        let response = try await self.http.perform(http)
        guard response.status == 201 || response.status == 200 else { throw self.error(from: response) }
        let resource = try self.decode(response)
        return SMSSendResult(
            provider: self.name, providerID: resource.sid, status: TwilioMessageStatus.messageStatus(resource.status),
            providerStatus: resource.status, segments: Self.segments(resource),
            price: ProviderPrice(amount: resource.price?.value, currency: resource.priceUnit))
    }

    /// Fetches `.../Messages/{Sid}.json`.
    /// - Parameter providerID: The message SID.
    /// - Returns: Its current state, or `nil` on 404.
    /// - Throws: ``ProviderError`` for other failures.
    public func lookup(providerID: String) async throws -> SMSStatusReport? {
        guard !providerID.isEmpty, providerID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ProviderError(
                provider: self.name, action: .permanent(code: "invalid_sid", message: "not a Twilio SID"),
                message: "not a Twilio SID: \(providerID)")
        }
        var http = HTTPClientRequest(url: "\(self.configuration.messagesURL)/\(providerID).json")
        http.method = .GET
        http.headers.add(name: "Authorization", value: self.configuration.authorization)
        http.headers.add(name: "Accept", value: "application/json")
        let response = try await self.http.perform(http)
        if response.status == 404 { return nil }
        guard response.status == 200 else { throw self.error(from: response) }
        return self.report(try self.decode(response))
    }

    /// The state a fetched or listed Message resource reports.
    func report(_ resource: TwilioMessageResource) -> SMSStatusReport {
        let errorCode = resource.errorCode?.value
        return SMSStatusReport(
            provider: self.name, providerID: resource.sid, status: TwilioMessageStatus.messageStatus(resource.status),
            providerStatus: resource.status, errorCode: errorCode,
            errorAction: errorCode.flatMap(Int.init).flatMap(TwilioErrorCodes.callbackAction(code:)),
            segments: Self.segments(resource), price: ProviderPrice(amount: resource.price?.value, currency: resource.priceUnit),
            from: resource.from, to: resource.to)
    }

    /// The form parameters for a request, in Twilio's names.
    static func parameters(for request: SMSSendRequest) -> [(String, String)] {
        var pairs: [(String, String)] = [("To", request.to)]
        if let number = request.sender.number { pairs.append(("From", number)) }
        if let service = request.sender.service { pairs.append(("MessagingServiceSid", service)) }
        pairs.append(("Body", request.body))
        if let callback = request.statusCallbackURL { pairs.append(("StatusCallback", callback)) }
        return pairs
    }

    static func segments(_ resource: TwilioMessageResource) -> Int? {
        // Twilio reports "0" for Messaging Service sends until it has picked a sender.
        guard let count = resource.numSegments.flatMap({ Int($0.value) }), count > 0 else { return nil }
        return count
    }

    func decode(_ response: ProviderHTTP.Response) throws -> TwilioMessageResource {
        do {
            return try JSONDecoder().decode(TwilioMessageResource.self, from: response.data)
        } catch {
            // Twilio answered success but the body is unreadable: it may well have accepted the message.
            throw ProviderError(
                provider: self.name, action: .retry(after: nil), message: "unreadable success body: \(error)",
                httpStatus: response.status, outcomeUnknown: true)
        }
    }

    func error(from response: ProviderHTTP.Response) -> ProviderError {
        let body = try? JSONDecoder().decode(TwilioErrorBody.self, from: response.data)
        let code = body?.code.flatMap { Int($0.value) }
        let message = body?.text ?? String(response.text.prefix(300))
        let retryAfter = RetryAfter.seconds(response.headers.first(name: "Retry-After"), now: self.now())
        let action = TwilioErrorCodes.action(httpStatus: response.status, code: code, message: message, retryAfter: retryAfter)
        return ProviderError(
            provider: self.name, action: action, code: code.map(String.init), message: message, httpStatus: response.status)
    }
}
