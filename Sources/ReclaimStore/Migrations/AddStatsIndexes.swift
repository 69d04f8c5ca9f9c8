import Foundation
import SQLKit

/// Indexes for `GET …/stats` (``SQLAnalyticsStore``): every figure is read by store and its own time,
/// so each table gets `(store_id, time)`: carts by `abandoned_at`, messages by `direction, sent_at`
/// and `direction, created_at` (replies), clicks by `clicked_at`, suppressions by `created_at`.
public struct AddStatsIndexes: Migration {
    /// `AddStatsIndexes`.
    public var name: String { "AddStatsIndexes" }
    /// Creates the migration.
    public init() {}
    /// Creates the indexes.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(index: "carts_store_abandoned_idx").on("carts").column("store_id").column("abandoned_at").run()
        try await database.create(index: "messages_store_direction_sent_idx").on("messages")
            .column("store_id").column("direction").column("sent_at").run()
        try await database.create(index: "messages_store_direction_created_idx").on("messages")
            .column("store_id").column("direction").column("created_at").run()
        try await database.create(index: "clicks_store_clicked_idx").on("clicks").column("store_id").column("clicked_at").run()
        try await database.create(index: "suppressions_store_created_idx").on("suppressions")
            .column("store_id").column("created_at").run()
    }
}
