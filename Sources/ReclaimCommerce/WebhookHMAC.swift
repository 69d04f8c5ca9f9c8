@preconcurrency import Crypto
import Foundation

/// Base64 HMAC-SHA256 over a raw body: the signature scheme of Shopify and WooCommerce webhooks.
public enum WebhookHMAC {
    /// The base64 HMAC-SHA256 of `body` keyed with the UTF-8 bytes of `secret`.
    /// - Parameters:
    ///   - body: The raw request body, exactly as received.
    ///   - secret: The shared secret.
    /// - Returns: The signature as the platforms send it in their header.
    public static func base64Signature(body: some DataProtocol, secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        return Data(HMAC<SHA256>.authenticationCode(for: body, using: key)).base64EncodedString()
    }

    /// Whether `header` is the base64 HMAC-SHA256 of `body` under any of `secrets`.
    ///
    /// Accepts several secrets so a rotation can overlap (Shopify keeps signing with the old secret
    /// for up to an hour). The MAC check itself is constant-time.
    /// - Returns: `false` for a missing, blank or non-base64 header.
    public static func isValid(body: some DataProtocol, base64Header header: String?, secrets: [String]) -> Bool {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty,
            let mac = Data(base64Encoded: header), mac.count == SHA256.byteCount,
            // Refuse non-canonical spellings (different padding bits decode to the same bytes).
            mac.base64EncodedString() == header
        else { return false }
        var matched = false
        for secret in secrets where !secret.isEmpty {
            let key = SymmetricKey(data: Data(secret.utf8))
            // Check every secret, so timing does not reveal which one matched.
            if HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: body, using: key) { matched = true }
        }
        return matched
    }
}
