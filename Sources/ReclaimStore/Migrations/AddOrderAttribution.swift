import SQLKit

/// Adds `orders.attributed_message_id`: the message credited with a recovered cart (last click,
/// else last delivered message within the window), for revenue per step, channel and variant.
public struct AddOrderAttribution: Migration {
    /// `AddOrderAttribution`.
    public var name: String { "AddOrderAttribution" }

    /// Creates the migration.
    public init() {}

    /// Adds the column.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.alter(table: "orders").column("attributed_message_id", type: .text).run()
    }
}
