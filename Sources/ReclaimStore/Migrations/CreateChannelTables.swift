import SQLKit

/// Adds what the channels need: the HTML body of emails on `messages`, `unsubscribe_tokens` behind the
/// `/u/{token}` pages and `List-Unsubscribe` headers, and `sender_buckets`, the token buckets that pace
/// each sender across every process sharing the database.
public struct CreateChannelTables: Migration {
    /// `CreateChannelTables`.
    public var name: String { "CreateChannelTables" }

    /// Creates the migration.
    public init() {}

    /// Adds the column and creates both tables.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "messages").column("html", type: .text).run()
        try await database.create(table: "unsubscribe_tokens")
            .column("token", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("channel", type: .text, .notNull)
            .column("address_hash", type: .text, .notNull)
            .column("contact_id", type: .text, .references("contacts", "id", onDelete: .setNull))
            .column("message_id", type: .text, .references("messages", "id", onDelete: .setNull))
            .column("created_at", type: .bigint, .notNull)
            .column("used_at", type: .bigint)
            .run()
        try await database.create(table: "sender_buckets")
            .column("sender", type: .text, .primaryKey(autoIncrement: false))
            .column("tokens", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .run()
    }
}
