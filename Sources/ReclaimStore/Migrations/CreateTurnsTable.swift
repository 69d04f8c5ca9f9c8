import SQLKit

/// Creates `turns`: the messages of a conversation as shown in the inbox.
public struct CreateTurnsTable: Migration {
    /// `CreateTurnsTable`.
    public var name: String { "CreateTurnsTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "turns")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("conversation_id", type: .text, .notNull, .references("conversations", "id", onDelete: .cascade))
            .column("author", type: .text, .notNull)
            .column("text", type: .text, .notNull)
            .column("intent", type: .text)
            .column("action", type: .text)
            .column("message_id", type: .text, .references("messages", "id", onDelete: .setNull))
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "turns_conversation_created_idx").on("turns")
            .column("conversation_id").column("created_at").run()
    }
}
