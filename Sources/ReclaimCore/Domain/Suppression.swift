import Foundation

/// Why an address must not be messaged.
public enum SuppressionReason: String, Codable, Sendable, Hashable, CaseIterable {
    /// STOP keyword, free-text opt-out, unsubscribe link or API revocation.
    case optedOut = "opted_out"
    /// The shopper's data was erased; only a hash of the address remains.
    case erased
    /// Email hard bounce.
    case hardBounce = "hard_bounce"
    /// Spam complaint.
    case complaint
    /// The provider says the number is invalid or not mobile.
    case invalidAddress = "invalid_address"
    /// The carrier or provider blocks the number (Twilio 21610, Telnyx STOP block).
    case carrierBlocked = "carrier_blocked"
    /// A text that might mean "stop" but is ambiguous ("stop by the store?"): marketing stops at once
    /// (the strict reading) and the shopper is asked once; STOP turns it into ``optedOut``, START lifts it.
    /// Answers to the shopper's own messages and the HELP reply still go out.
    case optOutUnconfirmed = "opt_out_unconfirmed"
}

/// An entry in the do-not-message list, checked before every send on every flow.
///
/// Unique per `(storeID, channel, addressHash)`; `address` is cleared on erasure, the hash stays.
public struct Suppression: Codable, Sendable, Hashable {
    /// Owning store.
    public var storeID: StoreID
    /// Channel suppressed.
    public var channel: Channel
    /// E.164 phone or lower-cased email; `nil` after erasure.
    public var address: String?
    /// SHA-256 hex of the normalised address.
    public var addressHash: String
    /// Why.
    public var reason: SuppressionReason
    /// The text or event that caused it (redacted).
    public var detail: String?
    /// When it took effect.
    public var createdAt: Date

    /// Creates a suppression entry.
    public init(
        storeID: StoreID, channel: Channel, address: String?, addressHash: String, reason: SuppressionReason,
        detail: String? = nil, createdAt: Date
    ) {
        self.storeID = storeID
        self.channel = channel
        self.address = address
        self.addressHash = addressHash
        self.reason = reason
        self.detail = detail
        self.createdAt = createdAt
    }
}
