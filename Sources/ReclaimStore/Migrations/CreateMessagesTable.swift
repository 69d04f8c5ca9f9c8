import SQLKit

/// Creates `messages`: the outbox and inbox, unique per store by `idempotency_key` (outbound sends)
/// and by `(provider_id, direction)` (provider redeliveries of inbound messages and status callbacks).
public struct CreateMessagesTable: Migration {
    /// `CreateMessagesTable`.
    public var name: String { "CreateMessagesTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "messages")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("journey_id", type: .text, .references("journeys", "id", onDelete: .setNull))
            .column("cart_id", type: .text, .references("carts", "id", onDelete: .setNull))
            .column("contact_id", type: .text, .references("contacts", "id", onDelete: .setNull))
            .column("channel", type: .text, .notNull)
            .column("direction", type: .text, .notNull)
            .column("step", type: .bigint)
            .column("address", type: .text, .notNull)
            .column("subject", type: .text)
            .column("body", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("decision", type: .text)  // JSON SendDecisionRecord
            .column("provider_id", type: .text)
            .column("error_code", type: .text)
            .column("segments", type: .bigint)
            .column("cost_minor", type: .bigint)
            .column("cost_currency", type: .text)
            .column("idempotency_key", type: .text)
            .column("variant", type: .text)
            .column("created_at", type: .bigint, .notNull)
            .column("sent_at", type: .bigint)
            .column("updated_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "messages_store_idempotency_key").on("messages")
            .column("store_id").column("idempotency_key").unique().run()
        try await database.create(index: "messages_provider_direction_store_key").on("messages")
            .column("provider_id").column("direction").column("store_id").unique().run()
        // Frequency caps: messages to one address since an instant.
        try await database.create(index: "messages_address_created_idx").on("messages")
            .column("address").column("created_at").run()
        try await database.create(index: "messages_cart_idx").on("messages").column("cart_id").run()
        try await database.create(index: "messages_journey_idx").on("messages").column("journey_id").run()
        try await database.create(index: "messages_contact_idx").on("messages").column("contact_id").run()
    }
}
