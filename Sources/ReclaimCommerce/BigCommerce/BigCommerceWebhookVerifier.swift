import Foundation
import ReclaimCore

/// Authenticates BigCommerce webhooks by the shared-secret header set when the hook was created.
///
/// BigCommerce's documented mechanism is the `headers` object of `POST /v3/hooks`: it is sent
/// verbatim with every callback. Reclaim registers `{"X-Reclaim-Secret": "<secret>"}` (a name of
/// our own, so it can't collide with proxies that rewrite `Authorization`) and compares the value in
/// constant time. Newer hooks may also carry Standard Webhooks signatures: see
/// ``StandardWebhookVerifier``.
///
/// ```swift
/// let verifier = BigCommerceWebhookVerifier(secret: config.secret)
/// try verifier.verify(headerValue: request.headers[verifier.headerName])
/// // at registration: POST /v3/hooks {"scope": …, "headers": verifier.registrationHeaders}
/// ```
public struct BigCommerceWebhookVerifier: Sendable {
    /// The header Reclaim asks BigCommerce to send.
    public static let defaultHeaderName = "X-Reclaim-Secret"

    /// Header carrying the secret (case-insensitive on the wire).
    public let headerName: String
    /// Accepted secrets (several while a rotation settles).
    public let secrets: [String]

    /// Creates a verifier.
    /// - Parameters:
    ///   - secrets: The configured secret(s); empty ones are dropped.
    ///   - headerName: The header name given at registration.
    public init(secrets: [String], headerName: String = Self.defaultHeaderName) {
        self.secrets = secrets.filter { !$0.isEmpty }
        self.headerName = headerName
    }

    /// Creates a verifier for one secret.
    public init(secret: String, headerName: String = Self.defaultHeaderName) {
        self.init(secrets: [secret], headerName: headerName)
    }

    /// The `headers` object to pass to `POST /v3/hooks`.
    public var registrationHeaders: [String: String] {
        guard let secret = self.secrets.first else { return [:] }
        return [self.headerName: secret]
    }

    /// Whether the header value equals one of ``secrets`` (constant time per comparison).
    public func isValid(headerValue: String?) -> Bool {
        guard let value = headerValue, !value.isEmpty else { return false }
        var matched = false
        for secret in self.secrets where ConstantTime.equals(value, secret) { matched = true }
        return matched
    }

    /// Throws unless the header carries the secret.
    /// - Throws: ``CommerceError/missingSignature`` or ``CommerceError/invalidSignature``.
    public func verify(headerValue: String?) throws(CommerceError) {
        guard let value = headerValue, !value.isEmpty else { throw .missingSignature }
        guard self.isValid(headerValue: value) else { throw .invalidSignature }
    }
}
