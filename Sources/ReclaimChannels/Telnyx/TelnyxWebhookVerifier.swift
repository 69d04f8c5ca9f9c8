import Crypto
import Foundation

/// Verifies Telnyx webhook signatures: Ed25519 over `"\(timestamp)|\(rawBody)"`.
///
/// Headers `telnyx-signature-ed25519` (base64, 64 bytes) and `telnyx-timestamp` (Unix seconds, within
/// 300 s of now either way); the key is the account's base64 public key from the portal. Verify the raw
/// bytes received, never re-serialised JSON.
///
/// ```swift
/// let verifier = try TelnyxWebhookVerifier(publicKeyBase64: config.telnyxPublicKey)
/// try verifier.verify(headers: request.headerPairs, rawBody: body, now: clock.now())
/// ```
public struct TelnyxWebhookVerifier: Sendable {
    /// Seconds a timestamp may differ from now (300, as every Telnyx SDK).
    public static let defaultTolerance: TimeInterval = 300

    // Raw bytes: Crypto's key type is not Sendable on Linux; rebuilding it per check is cheap.
    private let publicKey: Data
    /// Allowed clock difference in seconds.
    public let tolerance: TimeInterval

    /// Creates a verifier.
    /// - Parameters:
    ///   - publicKeyBase64: The raw 32-byte Ed25519 public key, base64.
    ///   - tolerance: Allowed clock difference in seconds.
    /// - Throws: ``TelnyxSignatureError/invalidPublicKey`` unless the key decodes to exactly 32 bytes.
    public init(publicKeyBase64: String, tolerance: TimeInterval = Self.defaultTolerance) throws {
        guard let raw = Data(base64Encoded: publicKeyBase64.trimmingCharacters(in: .whitespacesAndNewlines)),
            raw.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil
        else { throw TelnyxSignatureError.invalidPublicKey }
        self.publicKey = raw
        self.tolerance = tolerance
    }

    /// Checks one delivery, reading the two headers case-insensitively.
    /// - Parameters:
    ///   - headers: The request's headers.
    ///   - rawBody: The body exactly as received.
    ///   - now: The current time.
    /// - Throws: ``TelnyxSignatureError`` describing the first problem.
    public func verify(headers: [(name: String, value: String)], rawBody: some DataProtocol, now: Date) throws {
        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name }?.value
        }
        guard let signature = header("telnyx-signature-ed25519") else { throw TelnyxSignatureError.missingSignature }
        guard let timestamp = header("telnyx-timestamp") else { throw TelnyxSignatureError.missingTimestamp }
        try self.verify(signature: signature, timestamp: timestamp, rawBody: rawBody, now: now)
    }

    /// Checks one delivery from the two header values.
    /// - Parameters:
    ///   - signature: `telnyx-signature-ed25519`.
    ///   - timestamp: `telnyx-timestamp`.
    ///   - rawBody: The body exactly as received.
    ///   - now: The current time.
    /// - Throws: ``TelnyxSignatureError``.
    public func verify(signature: String, timestamp: String, rawBody: some DataProtocol, now: Date) throws {
        guard let seconds = Int64(timestamp.trimmingCharacters(in: .whitespaces)) else {
            throw TelnyxSignatureError.invalidTimestamp
        }
        guard abs(now.timeIntervalSince1970 - Double(seconds)) <= self.tolerance else {
            throw TelnyxSignatureError.timestampOutOfTolerance
        }
        guard let signatureBytes = Data(base64Encoded: signature.trimmingCharacters(in: .whitespaces)),
            signatureBytes.count == 64
        else { throw TelnyxSignatureError.malformedSignature }
        var message = Data(timestamp.trimmingCharacters(in: .whitespaces).utf8)
        message.append(UInt8(ascii: "|"))
        message.append(contentsOf: rawBody)
        let key = try Curve25519.Signing.PublicKey(rawRepresentation: self.publicKey)
        guard key.isValidSignature(signatureBytes, for: message) else {
            throw TelnyxSignatureError.invalidSignature
        }
    }

    /// Whether the delivery verifies (see ``verify(headers:rawBody:now:)``).
    public func isValid(headers: [(name: String, value: String)], rawBody: some DataProtocol, now: Date) -> Bool {
        (try? self.verify(headers: headers, rawBody: rawBody, now: now)) != nil
    }
}

/// Why a Telnyx webhook failed verification. Answer 401/403 for every case.
public enum TelnyxSignatureError: Error, Sendable, Hashable {
    /// The configured key is not 32 bytes of base64.
    case invalidPublicKey
    /// No `telnyx-signature-ed25519` header.
    case missingSignature
    /// No `telnyx-timestamp` header.
    case missingTimestamp
    /// The timestamp is not an integer.
    case invalidTimestamp
    /// The timestamp is more than the tolerance away from now.
    case timestampOutOfTolerance
    /// The signature is not 64 bytes of base64.
    case malformedSignature
    /// The signature does not match.
    case invalidSignature
}
