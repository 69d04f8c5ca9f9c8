import Foundation

/// Verifies `X-WC-Webhook-Signature` (base64 HMAC-SHA256 of the raw body with the webhook's secret)
/// and recognises the unsigned ping WooCommerce sends when a webhook is created.
///
/// ```swift
/// if WooCommerceWebhookVerifier.isPing(body: rawBody) { return .ok }   // 200, store nothing
/// try WooCommerceWebhookVerifier(secret: config.secret)
///     .verify(body: rawBody, signatureHeader: request.headers["X-WC-Webhook-Signature"])
/// ```
public struct WooCommerceWebhookVerifier: Sendable {
    /// Accepted secrets (several while a rotation settles).
    public let secrets: [String]

    /// Creates a verifier for one or more webhook secrets.
    ///
    /// WooCommerce signs with the secret as entered (it HTML-decodes what it stored), so pass the
    /// plain secret that was given when the webhook was registered.
    public init(secrets: [String]) { self.secrets = secrets.filter { !$0.isEmpty } }

    /// Creates a verifier for one webhook secret.
    public init(secret: String) { self.init(secrets: [secret]) }

    /// Whether the header signs the body under one of ``secrets``.
    public func isValid(body: some DataProtocol, signatureHeader: String?) -> Bool {
        WebhookHMAC.isValid(body: body, base64Header: signatureHeader, secrets: self.secrets)
    }

    /// Throws unless the header signs the body.
    /// - Throws: ``CommerceError/missingSignature`` or ``CommerceError/invalidSignature``.
    public func verify(body: some DataProtocol, signatureHeader: String?) throws(CommerceError) {
        guard let header = signatureHeader, !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingSignature
        }
        guard self.isValid(body: body, signatureHeader: header) else { throw .invalidSignature }
    }

    /// Whether the body is WooCommerce's creation ping: the form body `webhook_id=<digits>`.
    ///
    /// The ping carries no signature and no topic; answer it 200 or the webhook stays pending.
    /// It changes nothing, so accepting it unsigned is safe.
    public static func isPing(body: Data) -> Bool {
        guard body.count < 64, let text = String(data: body, encoding: .utf8) else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("webhook_id=") else { return false }
        let id = trimmed.dropFirst("webhook_id=".count)
        return !id.isEmpty && id.allSatisfy(\.isASCIIDigit)
    }
}
