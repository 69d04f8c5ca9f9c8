import SQLKit

/// Creates `webhook_deliveries`, one row per received webhook or event delivery, keyed by
/// `(source, delivery_id)` so a redelivery can never be recorded twice (see ``WebhookDeliveryStore``).
///
/// Columns: `source` (`shopify`, `twilio`, `events:<store>` …), `delivery_id` (the platform's id),
/// `store_id` (nullable), `received_at` (BIGINT epoch milliseconds, indexed for retention).
public struct CreateWebhookDeliveriesTable: Migration {
    /// `CreateWebhookDeliveriesTable`.
    public var name: String { "CreateWebhookDeliveriesTable" }

    /// Creates the migration.
    public init() {}

    /// Creates the table and its retention index.
    public func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "webhook_deliveries")
            .column("source", type: .text, .notNull)
            .column("delivery_id", type: .text, .notNull)
            .column("store_id", type: .text)
            .column("received_at", type: .bigint, .notNull)
            .primaryKey("source", "delivery_id")
            .run()
        try await database.create(index: "webhook_deliveries_received_at").on("webhook_deliveries")
            .column("received_at").run()
    }
}
