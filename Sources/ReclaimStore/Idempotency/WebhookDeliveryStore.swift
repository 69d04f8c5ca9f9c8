import Foundation
import ReclaimCore
import SQLKit

/// Remembers which webhook and event deliveries were already received, so a platform's redelivery is
/// acknowledged without being processed twice.
///
/// Keyed by `(source, delivery_id)` with a primary key: recording is one
/// `INSERT … ON CONFLICT DO NOTHING RETURNING`, so two concurrent copies of one delivery cannot both
/// be recorded as new, on any number of processes.
///
/// ```swift
/// guard try await WebhookDeliveryStore(database: database)
///     .record(source: "shopify", deliveryID: webhookID, storeID: store, receivedAt: now)
/// else { return .ok }   // a redelivery: already handled
/// ```
public struct WebhookDeliveryStore: Sendable {
    private let sql: any SQLDatabase

    /// A store on `database`'s pool.
    /// - Parameter database: The open database.
    public init(database: ReclaimDatabase) {
        self.sql = database.sql
    }

    /// A store on one SQLKit database, typically the one passed to ``ReclaimDatabase/transaction(_:)``,
    /// so the record commits together with the work it guards.
    /// - Parameter sql: The database (connection) to use.
    public init(_ sql: any SQLDatabase) {
        self.sql = sql
    }

    /// Records a delivery if it is new.
    /// - Parameters:
    ///   - source: Who sent it (`shopify`, `woocommerce`, `twilio`, `events`).
    ///   - deliveryID: The sender's delivery identifier (`X-Shopify-Webhook-Id`, an event id).
    ///   - storeID: The store it concerns, if known.
    ///   - receivedAt: When it arrived.
    /// - Returns: `true` the first time this `(source, deliveryID)` is seen, `false` for a duplicate.
    public func record(source: String, deliveryID: String, storeID: StoreID?, receivedAt: Date) async throws -> Bool {
        try await !self.sql.insert(into: "webhook_deliveries")
            .columns("source", "delivery_id", "store_id", "received_at")
            .values(source, deliveryID, storeID, receivedAt.epochMilliseconds)
            .ignoringConflicts()
            .returning("source")
            .all()
            .isEmpty
    }

    /// Whether a delivery was already recorded.
    /// - Parameters:
    ///   - source: Who sent it.
    ///   - deliveryID: The sender's delivery identifier.
    /// - Returns: `true` if ``record(source:deliveryID:storeID:receivedAt:)`` saw it before.
    public func contains(source: String, deliveryID: String) async throws -> Bool {
        try await self.sql.select().column(SQLLiteral.numeric("1"), as: "present").from("webhook_deliveries")
            .where("source", .equal, source).where("delivery_id", .equal, deliveryID)
            .first() != nil
    }

    /// Forgets deliveries received before `before` (platforms stop redelivering after a few days).
    /// - Parameters:
    ///   - before: Records received earlier are deleted.
    ///   - limit: Most rows per call; call again while it returns `limit`.
    /// - Returns: How many records were deleted.
    @discardableResult
    public func purge(receivedBefore before: Date, limit: Int = 10_000) async throws -> Int {
        guard limit >= 1 else { return 0 }
        // Row values work on both engines and keep the DELETE bounded without a rowid/ctid.
        return try await self.sql.raw(
            """
            DELETE FROM webhook_deliveries WHERE (source, delivery_id) IN \
            (SELECT source, delivery_id FROM webhook_deliveries WHERE received_at < \(bind: before.epochMilliseconds) \
            LIMIT \(literal: limit)) RETURNING source
            """
        ).all().count
    }
}
