import Foundation

/// The address-hash key this process uses: loaded once from the database (``AddressHashKey/load(from:into:)``,
/// which ``Migrator/migrate(now:)`` calls) before anything hashes an address.
///
/// A process serves one installation, so it holds one key. A database that has no key yet adopts the
/// process's ``candidate()`` (the installed key, or one proposed once per process), so several databases
/// opened by one process (the tests) all share it; a database holding a *different* key is refused with
/// ``AddressHashKeyError/conflict``. Thread-safe.
public final class AddressHashKeyHolder: @unchecked Sendable {
    /// The process-wide holder that `AddressHash.of(_:channel:)` reads.
    public static let shared = AddressHashKeyHolder()

    // NSLock rather than Synchronization.Mutex: the package still supports macOS 14.
    private let lock = NSLock()
    private var installed: AddressHashKey?
    private var proposed: AddressHashKey?

    /// An empty holder (tests use their own; the application uses ``shared``).
    public init() {}

    /// The installed key, or `nil` before one was loaded.
    public var key: AddressHashKey? {
        self.lock.withLock { self.installed }
    }

    /// The key to store in a database that has none: the installed key, else one random key proposed
    /// once for the life of the process.
    public func candidate() -> AddressHashKey {
        self.lock.withLock {
            if let installed = self.installed { return installed }
            if let proposed = self.proposed { return proposed }
            let key = AddressHashKey.random()
            self.proposed = key
            return key
        }
    }

    /// Makes `key` the process's key.
    /// - Parameter key: The key read from the database.
    /// - Throws: ``AddressHashKeyError/conflict`` when another key is already installed: the process
    ///   would otherwise compare hashes made under two keys.
    public func install(_ key: AddressHashKey) throws {
        try self.lock.withLock {
            if let installed = self.installed, installed != key { throw AddressHashKeyError.conflict }
            self.installed = key
        }
    }
}

/// Why the address-hash key could not be loaded.
public enum AddressHashKeyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database holds a different key from the one this process already hashes with.
    case conflict
    /// The stored key is not 64 hex digits.
    case malformed
    /// The key row is gone while hashes made with it are stored: a new key would silently unsuppress them.
    case missing(storedHashes: Int)

    /// One readable line.
    public var description: String {
        switch self {
        case .conflict:
            "installation_secrets.address_hash_key differs from the key this process already uses"
                + " (one process serves one installation)"
        case .malformed:
            "installation_secrets.address_hash_key is not 64 hex digits"
        case .missing(let count):
            "installation_secrets.address_hash_key is missing but \(count) address hashes are stored;"
                + " restore the row from a backup (a new key would lift every suppression)"
        }
    }
}
