import Foundation
import ReclaimCore
import ReclaimStore

/// The keyed digest under which an address is suppressed, so a suppression survives erasure of the
/// address itself: `HMAC-SHA256(installation key, hex(SHA-256(normalised address)))`, lower-case hex.
///
/// The key is the installation's ``AddressHashKey``, loaded from the database into
/// ``AddressHashKeyHolder/shared`` by ``Migrator/migrate(now:)``; hashing before it is loaded is a
/// programming error and stops the process rather than writing a hash that no later lookup would match.
public enum AddressHash {
    /// Normalises an address for hashing: phones as given (callers pass E.164), emails trimmed and lower-cased.
    public static func normalized(_ address: String, channel: Channel) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        return channel == .email ? trimmed.lowercased() : trimmed
    }

    /// The keyed hash of the normalised address (64 lower-case hex digits).
    public static func of(_ address: String, channel: Channel) -> String {
        guard let key = AddressHashKeyHolder.shared.key else {
            preconditionFailure("AddressHash used before the installation's address-hash key was loaded (Migrator.migrate loads it)")
        }
        return key.hash(normalized: Self.normalized(address, channel: channel))
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
