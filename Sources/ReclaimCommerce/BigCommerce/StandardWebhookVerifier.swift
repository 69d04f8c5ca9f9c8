@preconcurrency import Crypto
import Foundation

/// Verifies Standard Webhooks signatures (`webhook-id`, `webhook-timestamp`, `webhook-signature`),
/// which newer BigCommerce HTTPS webhooks send.
///
/// Signed content is `"{id}.{timestamp}.{raw body}"`, HMAC-SHA256 keyed with the app's client secret
/// bytes; the header is a space-separated list of `v1,<base64>`. Timestamps outside ``tolerance``
/// are refused (replays).
public struct StandardWebhookVerifier: Sendable {
    /// The HMAC key bytes (BigCommerce: the app's client secret as UTF-8).
    public let key: Data
    /// How far the timestamp may be from now, in seconds.
    public let tolerance: TimeInterval

    /// Creates a verifier keyed with a client secret's UTF-8 bytes.
    public init(clientSecret: String, tolerance: TimeInterval = 300) {
        self.init(key: Data(clientSecret.utf8), tolerance: tolerance)
    }

    /// Creates a verifier from raw key bytes (a `whsec_…` secret, base64-decoded).
    public init(key: Data, tolerance: TimeInterval = 300) {
        self.key = key
        self.tolerance = tolerance
    }

    /// The `v1,<base64>` signature of one message.
    public func signature(id: String, timestamp: Int64, body: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: self.signedContent(id, timestamp, body), using: SymmetricKey(data: self.key))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// Throws unless one `v1` signature matches and the timestamp is fresh.
    /// - Parameters:
    ///   - id: `webhook-id`.
    ///   - timestamp: `webhook-timestamp` (Unix seconds, as text).
    ///   - signatureHeader: `webhook-signature`.
    ///   - body: The raw body.
    ///   - now: The current instant (passed in; Reclaim's core never reads the clock).
    /// - Throws: ``CommerceError/missingSignature``, ``CommerceError/staleTimestamp`` or
    ///   ``CommerceError/invalidSignature``.
    public func verify(
        id: String?, timestamp: String?, signatureHeader: String?, body: Data, now: Date
    )
        throws(CommerceError)
    {
        guard let id = id.nonBlank, let stamp = timestamp.nonBlank, let header = signatureHeader.nonBlank else {
            throw .missingSignature
        }
        guard let seconds = Int64(stamp) else { throw .invalidSignature }
        guard abs(now.timeIntervalSince1970 - TimeInterval(seconds)) <= self.tolerance else { throw .staleTimestamp }
        let content = self.signedContent(id, seconds, body)
        let key = SymmetricKey(data: self.key)
        var matched = false
        for entry in header.split(separator: " ") {
            let parts = entry.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1", let mac = Data(base64Encoded: String(parts[1])) else { continue }
            if HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: content, using: key) { matched = true }
        }
        guard matched else { throw .invalidSignature }
    }

    private func signedContent(_ id: String, _ timestamp: Int64, _ body: Data) -> Data {
        var content = Data("\(id).\(timestamp).".utf8)
        content.append(body)
        return content
    }
}
