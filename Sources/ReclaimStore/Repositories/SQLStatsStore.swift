import Foundation
import ReclaimCore
import SQLKit

/// Aggregates for `GET /api/v1/stores/{store}/stats`, each one SQL statement over the store's rows.
///
/// A window is `[from, to)` on the row's own time: carts by `created_at`, messages by `created_at`,
/// orders by `placed_at`, opt-outs by `created_at`, clicks by `clicked_at`.
public struct SQLStatsStore: Sendable {
    /// The database to read.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// The store's stats for `[from, to)`; `nil` bounds are open.
    public func stats(storeID: StoreID, from: Date? = nil, to: Date? = nil) async throws -> StoreStats {
        let lower = from.map(SQLTime.millis) ?? Int.min
        let upper = to.map(SQLTime.millis) ?? Int.max
        var stats = StoreStats()
        let recovered = "status = 'recovered' AND abandoned_at IS NOT NULL"
        for row in try await self.database.raw(
            """
            SELECT status, COUNT(*) AS n, \
            COALESCE(SUM(CASE WHEN abandoned_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS abandoned, \
            COALESCE(SUM(CASE WHEN \(unsafeRaw: recovered) THEN 1 ELSE 0 END), 0) AS recovered \
            FROM carts WHERE store_id = \(bind: storeID) \
            AND created_at >= \(bind: lower) AND created_at < \(bind: upper) GROUP BY status
            """
        ).all() {
            let status = try row.text("status")
            let count = try row.integer("n")
            stats.cartsByStatus[status] = count
            stats.cartsTotal += count
            stats.cartsAbandoned += try row.integer("abandoned")
            stats.cartsRecovered += try row.integer("recovered")
            if status == CartStatus.recovered.rawValue { stats.cartsPurchasedBeforeAbandonment += count }
        }
        stats.cartsPurchasedBeforeAbandonment -= stats.cartsRecovered
        for row in try await self.database.raw(
            """
            SELECT channel, status, COUNT(*) AS n FROM messages WHERE store_id = \(bind: storeID) \
            AND direction = 'outbound' AND created_at >= \(bind: lower) AND created_at < \(bind: upper) \
            GROUP BY channel, status
            """
        ).all() {
            stats.messagesByChannel[try row.text("channel"), default: [:]][try row.text("status")] = try row.integer("n")
        }
        for row in try await self.database.raw(
            """
            SELECT o.total_currency AS currency, CAST(COALESCE(SUM(o.total_minor), 0) AS BIGINT) AS minor FROM orders o \
            JOIN carts c ON c.id = o.cart_id AND c.recovered_order_id = o.id \
            WHERE o.store_id = \(bind: storeID) AND o.paid = 1 AND c.abandoned_at IS NOT NULL \
            AND o.placed_at >= \(bind: lower) AND o.placed_at < \(bind: upper) GROUP BY o.total_currency
            """
        ).all() {
            stats.recoveredRevenue[try row.text("currency")] = try row.integer("minor")
        }
        stats.orders = try await self.count("orders", time: "placed_at", storeID: storeID, lower: lower, upper: upper)
        stats.optOuts = try await self.count(
            "suppressions", time: "created_at", storeID: storeID, lower: lower, upper: upper,
            extra: "AND reason = 'opted_out'")
        stats.clicks = try await self.count("clicks", time: "clicked_at", storeID: storeID, lower: lower, upper: upper)
        try await self.addArms(&stats, storeID: storeID, lower: lower, upper: upper)
        try await self.addDiscounts(&stats, storeID: storeID, lower: lower, upper: upper)
        return stats
    }

    /// Recovery and discount cost per highest tier given (issue 19). The cost of a code is reckoned as in
    /// `SQLAnalyticsStore` (the stats' `discount_cost`): on the subtotal of the cart it was issued for.
    private func addDiscounts(_ stats: inout StoreStats, storeID: StoreID, lower: Int, upper: Int) async throws {
        let highest = "(SELECT cart_id, MAX(tier) AS tier FROM discounts GROUP BY cart_id)"
        for row in try await self.database.raw(
            """
            SELECT COALESCE(t.tier, 0) AS tier, j.holdout AS holdout, COUNT(*) AS n, \
            COALESCE(SUM(CASE WHEN c.status = 'recovered' THEN 1 ELSE 0 END), 0) AS recovered, \
            CAST(COALESCE(SUM(CASE WHEN c.status = 'recovered' AND o.paid = 1 THEN o.total_minor ELSE 0 END), 0) AS BIGINT) AS revenue \
            FROM journeys j JOIN carts c ON c.id = j.cart_id LEFT JOIN orders o ON o.id = c.recovered_order_id \
            LEFT JOIN \(unsafeRaw: highest) t ON t.cart_id = c.id \
            WHERE j.store_id = \(bind: storeID) AND j.started_at >= \(bind: lower) AND j.started_at < \(bind: upper) \
            GROUP BY COALESCE(t.tier, 0), j.holdout
            """
        ).all() where try row.integer("holdout") == 0 {
            stats.discountTiers[String(try row.integer("tier"))] = [
                "carts": try row.integer("n"), "recovered": try row.integer("recovered"), "revenue": try row.integer("revenue"),
                "discount_cost": 0,
            ]
        }
        for row in try await self.database.raw(
            """
            SELECT t.tier AS tier, d.type AS type, d.value AS value, c.subtotal_minor AS subtotal \
            FROM journeys j JOIN carts c ON c.id = j.cart_id JOIN orders o ON o.id = c.recovered_order_id \
            JOIN discounts d ON d.cart_id = c.id AND d.status = 'redeemed' JOIN \(unsafeRaw: highest) t ON t.cart_id = c.id \
            WHERE j.store_id = \(bind: storeID) AND j.holdout = 0 AND o.paid = 1 \
            AND j.started_at >= \(bind: lower) AND j.started_at < \(bind: upper)
            """
        ).all() {
            stats.discountTiers[String(try row.integer("tier")), default: [:]]["discount_cost", default: 0] += try Self.cost(row)
        }
    }

    /// What the row's redeemed code took off (``Discount/cost(onSubtotal:shipping:)``) on its cart's subtotal.
    private static func cost(_ row: any SQLRow) throws -> Int {
        let code = Discount(
            id: "", storeID: "", cartID: "", code: "", type: try row.enumeration("type"), value: try row.integer("value"), tier: 0,
            expiresAt: .distantFuture, createdAt: .distantPast)
        return code.cost(onSubtotal: try row.integer("subtotal"))
    }

    /// Holdout against treated journeys (incrementality), sends per step, and cost.
    private func addArms(_ stats: inout StoreStats, storeID: StoreID, lower: Int, upper: Int) async throws {
        for row in try await self.database.raw(
            """
            SELECT j.holdout AS holdout, COUNT(*) AS n,             COALESCE(SUM(CASE WHEN c.status = 'recovered' THEN 1 ELSE 0 END), 0) AS recovered,             CAST(COALESCE(SUM(CASE WHEN c.status = 'recovered' THEN o.total_minor ELSE 0 END), 0) AS BIGINT) AS revenue             FROM journeys j JOIN carts c ON c.id = j.cart_id LEFT JOIN orders o ON o.id = c.recovered_order_id             WHERE j.store_id = \(bind: storeID) AND j.started_at >= \(bind: lower) AND j.started_at < \(bind: upper)             GROUP BY j.holdout
            """
        ).all() {
            let arm = try row.integer("holdout") == 1 ? "holdout" : "treated"
            stats.arms[arm] = [
                "journeys": try row.integer("n"), "recovered": try row.integer("recovered"), "revenue": try row.integer("revenue"),
            ]
        }
        for row in try await self.database.raw(
            """
            SELECT channel, step, COUNT(*) AS n FROM messages WHERE store_id = \(bind: storeID)             AND direction = 'outbound' AND journey_id IS NOT NULL AND status IN ('accepted', 'sent', 'delivered')             AND created_at >= \(bind: lower) AND created_at < \(bind: upper) GROUP BY channel, step
            """
        ).all() {
            stats.sentByStep["\(try row.text("channel")):\(try row.optionalInteger("step") ?? 0)"] = try row.integer("n")
        }
        for row in try await self.database.raw(
            """
            SELECT cost_currency AS currency, CAST(COALESCE(SUM(cost_minor), 0) AS BIGINT) AS minor FROM messages             WHERE store_id = \(bind: storeID) AND direction = 'outbound' AND cost_minor IS NOT NULL             AND created_at >= \(bind: lower) AND created_at < \(bind: upper) GROUP BY cost_currency
            """
        ).all() {
            stats.cost[try row.text("currency")] = try row.integer("minor")
        }
    }

    private func count(
        _ table: String, time: String, storeID: StoreID, lower: Int, upper: Int, extra: String = ""
    ) async throws -> Int {
        let row = try await self.database.raw(
            """
            SELECT COUNT(*) AS n FROM \(ident: table) WHERE store_id = \(bind: storeID) \
            AND \(ident: time) >= \(bind: lower) AND \(ident: time) < \(bind: upper) \(unsafeRaw: extra)
            """
        ).first()
        return try row?.integer("n") ?? 0
    }
}
