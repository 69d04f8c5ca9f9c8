@preconcurrency import Crypto
import Foundation
import ReclaimCore

/// The SHA-256 digest under which an address is suppressed, so a suppression survives erasure
/// of the address itself.
public enum AddressHash {
    /// Normalises an address for hashing: phones as given (callers pass E.164), emails trimmed and lower-cased.
    public static func normalized(_ address: String, channel: Channel) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        return channel == .email ? trimmed.lowercased() : trimmed
    }

    /// Lower-case hex SHA-256 of the normalised address.
    public static func of(_ address: String, channel: Channel) -> String {
        let digest = SHA256.hash(data: Data(Self.normalized(address, channel: channel).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}

extension Suppression {
    /// A suppression entry for `address`, keyed by ``AddressHash`` so that it outlives an erasure of
    /// the address itself.
    static func of(
        _ address: String, channel: Channel, store: StoreID, reason: SuppressionReason, detail: String?, at now: Date
    ) -> Suppression {
        Suppression(
            storeID: store, channel: channel, address: address, addressHash: AddressHash.of(address, channel: channel),
            reason: reason, detail: detail, createdAt: now)
    }
}
