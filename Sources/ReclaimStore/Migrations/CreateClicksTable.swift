import SQLKit

/// Creates `clicks`: visits to tracked links. `message_id` and `cart_id` are copies of the link's,
/// kept without foreign keys so a click survives its message's retention.
public struct CreateClicksTable: Migration {
    /// `CreateClicksTable`.
    public var name: String { "CreateClicksTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "clicks")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("token", type: .text, .notNull, .references("tracked_links", "token", onDelete: .cascade))
            .column("message_id", type: .text)
            .column("cart_id", type: .text)
            .column("ip", type: .text)
            .column("user_agent", type: .text)
            .column("clicked_at", type: .bigint, .notNull)
            .run()
        try await database.create(index: "clicks_token_idx").on("clicks").column("token").run()
        try await database.create(index: "clicks_cart_idx").on("clicks").column("cart_id").run()
        try await database.create(index: "clicks_message_idx").on("clicks").column("message_id").run()
    }
}
