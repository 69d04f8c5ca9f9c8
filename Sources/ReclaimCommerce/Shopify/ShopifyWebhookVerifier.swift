import Foundation

/// Verifies `X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the raw body keyed with the app's
/// client secret, compared in constant time.
///
/// Verify before anything else and answer 401 on failure (Shopify's App Store review checks the
/// privacy topics for it). Never re-serialise the body: sign what arrived.
///
/// ```swift
/// let verifier = ShopifyWebhookVerifier(secrets: [config.secret, config.previousSecret].compactMap { $0 })
/// try verifier.verify(body: rawBody, hmacHeader: request.headers["X-Shopify-Hmac-Sha256"])
/// ```
public struct ShopifyWebhookVerifier: Sendable {
    /// Accepted secrets: the current one, plus the previous one while a rotation settles (up to an hour).
    public let secrets: [String]

    /// Creates a verifier for one or more app secrets.
    public init(secrets: [String]) { self.secrets = secrets.filter { !$0.isEmpty } }

    /// Creates a verifier for one app secret.
    public init(secret: String) { self.init(secrets: [secret]) }

    /// Whether the header signs the body under one of ``secrets``.
    /// - Parameters:
    ///   - body: Raw request body bytes.
    ///   - hmacHeader: The `X-Shopify-Hmac-Sha256` value (`shopify-hmac-sha256` for Events delivery).
    public func isValid(body: some DataProtocol, hmacHeader: String?) -> Bool {
        WebhookHMAC.isValid(body: body, base64Header: hmacHeader, secrets: self.secrets)
    }

    /// Throws unless the header signs the body.
    /// - Throws: ``CommerceError/missingSignature`` for an absent or blank header,
    ///   ``CommerceError/invalidSignature`` for a mismatch.
    public func verify(body: some DataProtocol, hmacHeader: String?) throws(CommerceError) {
        guard let header = hmacHeader, !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingSignature
        }
        guard self.isValid(body: body, hmacHeader: header) else { throw .invalidSignature }
    }
}
