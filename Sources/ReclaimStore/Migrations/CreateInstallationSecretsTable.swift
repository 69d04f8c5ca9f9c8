import Foundation
import SQLKit

/// Creates `installation_secrets` (`name` primary key, `value`, `created_at`), stores the installation's
/// ``AddressHashKey`` in it, and rekeys every address hash stored before keys existed
/// (`suppressions.address_hash`, `unsubscribe_tokens.address_hash`): each plain SHA-256 hex becomes
/// `HMAC-SHA256(key, that hex)`, which is what `AddressHash.of` computes from now on. Erased contacts'
/// suppressions, which keep only the hash, stay in force.
///
/// The key stored is ``AddressHashKeyHolder/candidate()`` of the process running the migration.
public struct CreateInstallationSecretsTable: Migration {
    /// `CreateInstallationSecretsTable`.
    public static let migrationName = "CreateInstallationSecretsTable"

    /// `CreateInstallationSecretsTable`.
    public var name: String { Self.migrationName }

    /// Creates the migration.
    public init() {}

    /// Creates the table, stores the key and rekeys the stored hashes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: InstallationSecretStore.table)
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        let key = AddressHashKeyHolder.shared.candidate()
        try await InstallationSecretStore(database: database)
            .insertIfAbsent(InstallationSecretStore.addressHashKeyName, value: key.hex, at: Date())
        let suppressions = try await database.select().columns("store_id", "channel", "address_hash")
            .from("suppressions").all()
        for row in suppressions {
            let old = try row.decode(column: "address_hash", as: String.self)
            try await database.update("suppressions").set("address_hash", to: key.rekey(digest: old))
                .where("store_id", .equal, try row.decode(column: "store_id", as: String.self))
                .where("channel", .equal, try row.decode(column: "channel", as: String.self))
                .where("address_hash", .equal, old)
                .run()
        }
        let tokens = try await database.select().columns("token", "address_hash").from("unsubscribe_tokens").all()
        for row in tokens {
            let old = try row.decode(column: "address_hash", as: String.self)
            try await database.update("unsubscribe_tokens").set("address_hash", to: key.rekey(digest: old))
                .where("token", .equal, try row.decode(column: "token", as: String.self))
                .run()
        }
    }
}
