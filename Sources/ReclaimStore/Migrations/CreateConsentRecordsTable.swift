import SQLKit

/// Creates `consent_records`: the append-only consent log.
///
/// `address`, `ip`, `user_agent` and `page_url` are nullable so erasure can clear them while
/// the kind, source and times of each record stay as evidence.
public struct CreateConsentRecordsTable: Migration {
    /// `CreateConsentRecordsTable`.
    public var name: String { "CreateConsentRecordsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "consent_records")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("contact_id", type: .text, .references("contacts", "id", onDelete: .setNull))
            .column("channel", type: .text, .notNull)
            .column("address", type: .text)
            .column("kind", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("disclosure_text", type: .text)
            .column("disclosure_hash", type: .text)
            .column("ip", type: .text)
            .column("user_agent", type: .text)
            .column("page_url", type: .text)
            .column("double_opt_in_confirmed_at", type: .bigint)
            .column("occurred_at", type: .bigint, .notNull)
            .column("recorded_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "consent_records_address_idx").on("consent_records")
            .column("store_id").column("channel").column("address").column("occurred_at").run()
        try await database.create(index: "consent_records_store_occurred_idx").on("consent_records")
            .column("store_id").column("occurred_at").run()
        try await database.create(index: "consent_records_contact_idx").on("consent_records")
            .column("contact_id").run()
    }
}
