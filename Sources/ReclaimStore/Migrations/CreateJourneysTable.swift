import SQLKit

/// Creates `journeys`: one flow run per cart (`cart_id` unique).
public struct CreateJourneysTable: Migration {
    /// `CreateJourneysTable`.
    public var name: String { "CreateJourneysTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "journeys")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("store_id", type: .text, .notNull)
            .column("cart_id", type: .text, .notNull, .references("carts", "id", onDelete: .cascade))
            .column("contact_id", type: .text, .references("contacts", "id", onDelete: .setNull))
            .column("flow_name", type: .text, .notNull)
            .column("variant", type: .text)
            .column("holdout", type: .bigint, .notNull)  // 0/1
            .column("state", type: .text, .notNull)
            .column("next_step", type: .bigint, .notNull)
            .column("reason", type: .text)
            .column("started_at", type: .bigint, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .column("ended_at", type: .bigint)
            .run()
        try await database.create(index: "journeys_cart_key").on("journeys").column("cart_id").unique().run()
        try await database.create(index: "journeys_contact_idx").on("journeys").column("contact_id").run()
    }
}
