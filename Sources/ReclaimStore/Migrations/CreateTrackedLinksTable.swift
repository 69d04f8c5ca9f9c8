import SQLKit

/// Creates `tracked_links`: short-link tokens, unique by `token`.
public struct CreateTrackedLinksTable: Migration {
    /// `CreateTrackedLinksTable`.
    public var name: String { "CreateTrackedLinksTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "tracked_links")
            .column("token", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("message_id", type: .text, .references("messages", "id", onDelete: .setNull))
            .column("cart_id", type: .text, .references("carts", "id", onDelete: .setNull))
            .column("target_url", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
    }
}
