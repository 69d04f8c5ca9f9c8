import SQLKit

/// Creates `suppressions`: the do-not-message list, keyed by `(store_id, channel, address_hash)`.
public struct CreateSuppressionsTable: Migration {
    /// `CreateSuppressionsTable`.
    public var name: String { "CreateSuppressionsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "suppressions")
            .column("store_id", type: .text, .notNull)
            .column("channel", type: .text, .notNull)
            .column("address_hash", type: .text, .notNull)
            .column("address", type: .text)  // cleared on erasure; the hash stays
            .column("reason", type: .text, .notNull)
            .column("detail", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .primaryKey("store_id", "channel", "address_hash")
            .run()
    }
}
