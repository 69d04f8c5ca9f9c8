import Foundation
import SQLKit

/// The `installation_secrets` table: one row per secret of this installation (`name`, `value`,
/// `created_at`), shared by every process on the database. Today it holds `address_hash_key`.
///
/// Secrets are written once with insert-if-absent and then read, so processes starting together on one
/// PostgreSQL all end up with the same value.
public struct InstallationSecretStore: Sendable {
    /// The table.
    public static let table = "installation_secrets"
    /// The row holding the ``AddressHashKey`` (hex).
    public static let addressHashKeyName = "address_hash_key"

    let database: any SQLDatabase

    /// A store over `database` (a pool or a transaction).
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// The stored value of `name`, if any.
    public func value(_ name: String) async throws -> String? {
        try await self.database.select().column("value").from(Self.table).where("name", .equal, name)
            .first()?.decode(column: "value", as: String.self)
    }

    /// Stores `value` under `name` unless a value is already stored; never overwrites.
    /// - Returns: Whether this call stored it.
    @discardableResult
    public func insertIfAbsent(_ name: String, value: String, at now: Date) async throws -> Bool {
        try await !self.database.insert(into: Self.table).columns("name", "value", "created_at")
            .values(name, value, now.epochMilliseconds)
            .ignoringConflicts()
            .returning("name").all().isEmpty
    }

    /// The installation's address-hash key: the stored one, or `candidate` stored first when there is none.
    /// - Parameters:
    ///   - candidate: The key to store when the row is absent.
    ///   - now: `created_at` of a new row.
    /// - Throws: ``AddressHashKeyError/missing(storedHashes:)`` when the row is absent although hashes are
    ///   stored, ``AddressHashKeyError/malformed`` for an unreadable value, or a database error.
    public func addressHashKey(candidate: AddressHashKey, at now: Date) async throws -> AddressHashKey {
        if let stored = try await self.value(Self.addressHashKeyName) {
            guard let key = AddressHashKey(hex: stored) else { throw AddressHashKeyError.malformed }
            return key
        }
        let hashes = try await self.storedHashCount()
        guard hashes == 0 else { throw AddressHashKeyError.missing(storedHashes: hashes) }
        try await self.insertIfAbsent(Self.addressHashKeyName, value: candidate.hex, at: now)
        // Another process may have won the insert: read what is stored.
        guard let stored = try await self.value(Self.addressHashKeyName), let key = AddressHashKey(hex: stored) else {
            throw AddressHashKeyError.malformed
        }
        return key
    }

    /// Rows keyed by an address hash (suppressions and unsubscribe tokens).
    func storedHashCount() async throws -> Int {
        var total = 0
        for table in ["suppressions", "unsubscribe_tokens"] {
            total +=
                try await self.database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(table).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return total
    }
}

extension AddressHashKey {
    /// Reads the installation's key from `database` (storing the holder's candidate first when there is
    /// none) and installs it in `holder`. ``Migrator/migrate(now:)`` calls this after migrating, so every
    /// path that opens and migrates the database (serve, demo, the CLI commands, the tests) has the key
    /// before it hashes.
    /// - Parameters:
    ///   - database: A migrated database.
    ///   - holder: Where to install it; default the process-wide ``AddressHashKeyHolder/shared``.
    /// - Returns: The key.
    /// - Throws: ``AddressHashKeyError``, or a database error.
    @discardableResult
    public static func load(
        from database: any SQLDatabase, into holder: AddressHashKeyHolder = .shared, now: Date = Date()
    ) async throws -> AddressHashKey {
        let key = try await InstallationSecretStore(database: database)
            .addressHashKey(candidate: holder.candidate(), at: now)
        try holder.install(key)
        return key
    }
}
