import ReclaimCore

/// The keyed digest under which an address is suppressed, so a suppression survives erasure of the
/// address itself: `HMAC-SHA256(installation key, hex(SHA-256(normalised address)))`, lower-case hex.
///
/// The address is normalised by ``ReclaimCore/Channel/normalizedAddress(_:)`` (pure, in Core); the
/// hashing lives here, next to its key, because Core stays Foundation-only and has no HMAC. The key is
/// the installation's ``AddressHashKey``, loaded from the database into ``AddressHashKeyHolder/shared``
/// by ``Migrator/migrate(now:)``; hashing before it is loaded is a programming error and stops the
/// process rather than writing a hash that no later lookup would match.
public enum AddressHash {
    /// The keyed hash of the normalised address (64 lower-case hex digits).
    public static func of(_ address: String, channel: Channel) -> String {
        guard let key = AddressHashKeyHolder.shared.key else {
            preconditionFailure("AddressHash used before the installation's address-hash key was loaded (Migrator.migrate loads it)")
        }
        return key.hash(normalized: channel.normalizedAddress(address))
    }
}
