import Foundation
import ReclaimCore
import SQLKit

/// The figures of `GET …/stats` (totals, groups, holdout and experiment arms), each summed by one SQL
/// statement with `GROUP BY` in the database, on SQLite and PostgreSQL.
///
/// A window is `[from, to)` on each figure's own time (docs/analytics.md): carts and what follows from
/// them (recoveries, revenue, discounts) by `abandoned_at`; messages by `sent_at`; clicks by
/// `clicked_at`; replies by `created_at`; opt-outs by `created_at`; escalations by the conversation's
/// `updated_at`. Money is the store currency's only. Indexes: `AddStatsIndexes`.
public struct SQLAnalyticsStore: Sendable {
    /// The database to read.
    public let database: any SQLDatabase

    /// Creates a store over `database`.
    public init(database: any SQLDatabase) {
        self.database = database
    }

    /// A query's window and scope.
    struct Scope {
        var store: StoreID
        var currency: String
        var lower: Int
        var upper: Int
    }

    /// The counts of each group of `by` (key `""` alone when `by` is `nil`: the totals).
    /// - Parameters:
    ///   - currency: The store currency (ISO 4217); revenue and cost in other currencies are left out.
    public func counts(
        storeID: StoreID, currency: String, from: Date?, to: Date?, by dimension: StatsDimension?
    ) async throws -> [String: StatsCounts] {
        let scope = Scope(
            store: storeID, currency: currency.uppercased(), lower: from.map(SQLTime.millis) ?? Int.min,
            upper: to.map(SQLTime.millis) ?? Int.max)
        var groups: [String: StatsCounts] = [:]
        func set(_ key: String, _ change: (inout StatsCounts) -> Void) {
            change(&groups[key, default: StatsCounts()])
        }
        // Carts abandoned in the range: step and channel credit a recovery to its attributed message.
        let byMessage = dimension == .step || dimension == .channel
        let cartKey = self.key(
            dimension, day: "c.abandoned_at", step: "am.step", channel: "am.channel", variant: "j.variant", segment: "j.flow_name")
        for row in try await self.database.raw(
            """
            SELECT \(unsafeRaw: cartKey) AS k, COUNT(*) AS abandoned, \
            CAST(COALESCE(SUM(CASE WHEN p.phone IS NOT NULL OR p.email IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) AS reachable, \
            CAST(COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM messages m WHERE m.cart_id = c.id AND m.direction = 'outbound' \
            AND m.sent_at IS NOT NULL) THEN 1 ELSE 0 END), 0) AS BIGINT) AS messaged, \
            CAST(COALESCE(SUM(CASE WHEN c.status = 'recovered' THEN 1 ELSE 0 END), 0) AS BIGINT) AS recovered, \
            CAST(COALESCE(SUM(o.total_minor), 0) AS BIGINT) AS revenue \
            FROM carts c LEFT JOIN journeys j ON j.cart_id = c.id LEFT JOIN contacts p ON p.id = c.contact_id \
            LEFT JOIN orders o ON o.id = c.recovered_order_id AND c.status = 'recovered' AND o.paid = 1 \
            AND UPPER(o.total_currency) = \(bind: scope.currency) \
            LEFT JOIN messages am ON am.id = o.attributed_message_id \
            WHERE c.store_id = \(bind: scope.store) AND c.abandoned_at >= \(bind: scope.lower) AND c.abandoned_at < \(bind: scope.upper) \
            \(unsafeRaw: byMessage ? "AND c.status = 'recovered'" : "") \(unsafeRaw: self.groupBy(cartKey))
            """
        ).all() {
            let key = try self.groupKey(row, dimension)
            let (abandoned, reachable, messaged) = (try row.integer("abandoned"), try row.integer("reachable"), try row.integer("messaged"))
            let (recovered, revenue) = (try row.integer("recovered"), try row.integer("revenue"))
            set(key) {
                if !byMessage { ($0.abandoned, $0.reachable, $0.messaged) = (abandoned, reachable, messaged) }
                ($0.recovered, $0.revenueGross) = (recovered, revenue)
            }
        }
        try await self.addDiscounts(scope, dimension, set)
        try await self.addMessages(scope, dimension, set)
        try await self.addEngagement(scope, dimension, set)
        if dimension == nil { set("") { _ in } }
        // Every group has every figure its grouping splits; a figure no row gave is 0 there.
        return groups.mapValues { counts in
            var counts = counts
            let split = Self.splits(dimension)
            func zero(_ path: WritableKeyPath<StatsCounts, Int?>) { if counts[keyPath: path] == nil { counts[keyPath: path] = 0 } }
            for path in split { zero(path) }
            return counts
        }
    }

    /// The figures a grouping splits (the others stay `nil` in its groups).
    static func splits(_ dimension: StatsDimension?) -> [WritableKeyPath<StatsCounts, Int?>] {
        let byCart: [WritableKeyPath<StatsCounts, Int?>] = [\.abandoned, \.reachable]
        let common: [WritableKeyPath<StatsCounts, Int?>] = [
            \.messaged, \.messages, \.delivered, \.clicks, \.recovered, \.revenueGross, \.discountCost, \.messageCost,
        ]
        switch dimension {
        case nil, .day: return byCart + common + [\.replies, \.escalations, \.optOuts]
        case .channel: return common + [\.replies, \.escalations, \.optOuts]
        case .step: return common
        case .variant, .segment: return byCart + common + [\.replies]
        }
    }

    /// The SQL expression a row's group key is read from: one constant for the totals.
    func key(
        _ dimension: StatsDimension?, day: String, step: String?, channel: String?, variant: String?, segment: String?
    ) -> String {
        let column: String?
        switch dimension {
        case nil: return "''"
        case .day: column = "\(day) / 86400000"
        case .step: column = step
        case .channel: column = channel
        case .variant: column = variant
        case .segment: column = segment
        }
        guard let column else { return "''" }
        return "COALESCE(CAST(\(column) AS TEXT), 'none')"
    }

    /// `GROUP BY key`, or nothing for the totals (PostgreSQL refuses a constant there).
    func groupBy(_ key: String) -> String {
        key == "''" ? "" : "GROUP BY \(key)"
    }

    /// The row's group key; days (stored as days since the epoch) as `YYYY-MM-DD`.
    func groupKey(_ row: any SQLRow, _ dimension: StatsDimension?) throws -> String {
        let key = try row.text("k")
        guard dimension == .day, let days = Int(key) else { return key }
        let formatter = Date.ISO8601FormatStyle().year().month().day()
        return formatter.format(Date(timeIntervalSince1970: TimeInterval(days) * 86_400))
    }
}
