import SQLKit

/// Creates `conversations`: one SMS thread per shopper, unique per store by `contact_id`.
public struct CreateConversationsTable: Migration {
    /// `CreateConversationsTable`.
    public var name: String { "CreateConversationsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "conversations")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("contact_id", type: .text, .notNull, .references("contacts", "id", onDelete: .cascade))
            .column("cart_id", type: .text, .references("carts", "id", onDelete: .setNull))
            .column("status", type: .text, .notNull)
            .column("escalation_reason", type: .text)
            .column("updated_at", type: .bigint, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "conversations_store_contact_key").on("conversations")
            .column("store_id").column("contact_id").unique().run()
        // Inbox: a store's conversations by status, most recent first.
        try await database.create(index: "conversations_store_status_updated_idx").on("conversations")
            .column("store_id").column("status").column("updated_at").run()
    }
}
