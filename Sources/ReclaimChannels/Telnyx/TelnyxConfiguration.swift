import Foundation

/// Credentials and endpoint for Telnyx Messaging v2.
public struct TelnyxConfiguration: Sendable, Hashable {
    /// The API key (sent as `Authorization: Bearer …`).
    public var apiKey: String
    /// API root, `https://api.telnyx.com` in production; a local fake in tests.
    public var baseURL: String
    /// Whole-request timeout in seconds.
    public var requestTimeout: TimeInterval
    /// Whether to send the request's idempotency key as `Idempotency-Key` (harmless where unsupported).
    public var sendsIdempotencyKey: Bool
    /// Whether the deployment trusts Telnyx to deduplicate on that key, making a repeat of a send whose
    /// outcome is unknown safe. Off by default: the messages endpoint's support is not verified.
    public var trustsIdempotencyKey: Bool

    /// Creates a configuration.
    /// - Parameters:
    ///   - apiKey: The API key.
    ///   - baseURL: API root without a trailing slash.
    ///   - requestTimeout: Seconds before a request is abandoned (default 15).
    ///   - sendsIdempotencyKey: Send `Idempotency-Key` (default `true`).
    ///   - trustsIdempotencyKey: Treat repeats as deduplicated (default `false`).
    public init(
        apiKey: String, baseURL: String = "https://api.telnyx.com", requestTimeout: TimeInterval = 15,
        sendsIdempotencyKey: Bool = true, trustsIdempotencyKey: Bool = false
    ) {
        self.apiKey = apiKey
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.requestTimeout = requestTimeout
        self.sendsIdempotencyKey = sendsIdempotencyKey
        self.trustsIdempotencyKey = trustsIdempotencyKey
    }
}
