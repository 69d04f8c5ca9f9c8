import Foundation
import ReclaimCore
import SQLKit

extension SQLAnalyticsStore {
    typealias Setter = (String, (inout StatsCounts) -> Void) -> Void

    /// Redeemed codes of recovered carts abandoned in the range: a percent code costs that percent of the
    /// cart's subtotal, a fixed amount its value capped at the subtotal, free shipping 0 (its price is not known).
    func addDiscounts(_ scope: Scope, _ dimension: StatsDimension?, _ set: Setter) async throws {
        let key = self.key(
            dimension, day: "c.abandoned_at", step: "am.step", channel: "am.channel", variant: "j.variant", segment: "j.flow_name")
        for row in try await self.database.raw(
            """
            SELECT \(unsafeRaw: key) AS k, CAST(COALESCE(SUM(CASE WHEN d.type = 'percent' THEN c.subtotal_minor * d.value / 100 \
            WHEN d.type = 'fixed_amount' THEN CASE WHEN d.value < c.subtotal_minor THEN d.value ELSE c.subtotal_minor END \
            ELSE 0 END), 0) AS BIGINT) AS cost \
            FROM carts c JOIN discounts d ON d.cart_id = c.id AND d.status = 'redeemed' \
            LEFT JOIN journeys j ON j.cart_id = c.id LEFT JOIN orders o ON o.id = c.recovered_order_id \
            LEFT JOIN messages am ON am.id = o.attributed_message_id \
            WHERE c.store_id = \(bind: scope.store) AND c.status = 'recovered' \
            AND c.abandoned_at >= \(bind: scope.lower) AND c.abandoned_at < \(bind: scope.upper) \(unsafeRaw: self.groupBy(key))
            """
        ).all() {
            let cost = try row.integer("cost")
            set(try self.groupKey(row, dimension)) { $0.discountCost = cost }
        }
    }

    /// Outbound messages sent in the range: count, delivered, cost, and (by step or channel) the carts messaged.
    func addMessages(_ scope: Scope, _ dimension: StatsDimension?, _ set: Setter) async throws {
        let key = self.key(
            dimension, day: "m.sent_at", step: "m.step", channel: "m.channel", variant: "COALESCE(m.variant, j.variant)",
            segment: "j.flow_name")
        for row in try await self.database.raw(
            """
            SELECT \(unsafeRaw: key) AS k, COUNT(*) AS n, COUNT(DISTINCT m.cart_id) AS carts, \
            CAST(COALESCE(SUM(CASE WHEN m.status = 'delivered' THEN 1 ELSE 0 END), 0) AS BIGINT) AS delivered, \
            CAST(COALESCE(SUM(CASE WHEN UPPER(m.cost_currency) = \(bind: scope.currency) THEN m.cost_minor ELSE 0 END), 0) AS BIGINT) AS cost \
            FROM messages m LEFT JOIN journeys j ON j.id = m.journey_id \
            WHERE m.store_id = \(bind: scope.store) AND m.direction = 'outbound' \
            AND m.sent_at >= \(bind: scope.lower) AND m.sent_at < \(bind: scope.upper) \(unsafeRaw: self.groupBy(key))
            """
        ).all() {
            let (count, carts) = (try row.integer("n"), try row.integer("carts"))
            let (delivered, cost) = (try row.integer("delivered"), try row.integer("cost"))
            set(try self.groupKey(row, dimension)) {
                ($0.messages, $0.delivered, $0.messageCost) = (count, delivered, cost)
                if dimension == .step || dimension == .channel { $0.messaged = carts }
            }
        }
    }

    /// Clicks, replies, escalations and opt-outs in the range.
    func addEngagement(_ scope: Scope, _ dimension: StatsDimension?, _ set: Setter) async throws {
        let clickKey = self.key(
            dimension, day: "k.clicked_at", step: "m.step", channel: "m.channel", variant: "COALESCE(m.variant, j.variant)",
            segment: "j.flow_name")
        for row in try await self.database.raw(
            """
            SELECT \(unsafeRaw: clickKey) AS k, COUNT(*) AS n FROM clicks k LEFT JOIN messages m ON m.id = k.message_id \
            LEFT JOIN journeys j ON j.id = m.journey_id WHERE k.store_id = \(bind: scope.store) \
            AND k.clicked_at >= \(bind: scope.lower) AND k.clicked_at < \(bind: scope.upper) \(unsafeRaw: self.groupBy(clickKey))
            """
        ).all() {
            let count = try row.integer("n")
            set(try self.groupKey(row, dimension)) { $0.clicks = count }
        }
        if dimension != .step {
            let replyKey = self.key(
                dimension, day: "m.created_at", step: nil, channel: "m.channel", variant: "j.variant", segment: "j.flow_name")
            for row in try await self.database.raw(
                """
                SELECT \(unsafeRaw: replyKey) AS k, COUNT(*) AS n FROM messages m LEFT JOIN journeys j ON j.cart_id = m.cart_id \
                WHERE m.store_id = \(bind: scope.store) AND m.direction = 'inbound' \
                AND m.created_at >= \(bind: scope.lower) AND m.created_at < \(bind: scope.upper) \(unsafeRaw: self.groupBy(replyKey))
                """
            ).all() {
                let count = try row.integer("n")
                set(try self.groupKey(row, dimension)) { $0.replies = count }
            }
        }
        guard dimension == nil || dimension == .day || dimension == .channel else { return }
        let escalationKey = self.key(dimension, day: "updated_at", step: nil, channel: "'sms'", variant: nil, segment: nil)
        for row in try await self.database.raw(
            """
            SELECT \(unsafeRaw: escalationKey) AS k, COUNT(*) AS n FROM conversations WHERE store_id = \(bind: scope.store) \
            AND status = 'escalated' AND updated_at >= \(bind: scope.lower) AND updated_at < \(bind: scope.upper) \
            \(unsafeRaw: self.groupBy(escalationKey))
            """
        ).all() {
            let count = try row.integer("n")
            set(try self.groupKey(row, dimension)) { $0.escalations = count }
        }
        let optOutKey = self.key(dimension, day: "created_at", step: nil, channel: "channel", variant: nil, segment: nil)
        for row in try await self.database.raw(
            """
            SELECT \(unsafeRaw: optOutKey) AS k, COUNT(*) AS n FROM suppressions WHERE store_id = \(bind: scope.store) \
            AND reason = 'opted_out' AND created_at >= \(bind: scope.lower) AND created_at < \(bind: scope.upper) \
            \(unsafeRaw: self.groupBy(optOutKey))
            """
        ).all() {
            let count = try row.integer("n")
            set(try self.groupKey(row, dimension)) { $0.optOuts = count }
        }
    }

    /// Journeys whose cart was abandoned in the range, per flow, variant and holdout: carts, recoveries,
    /// each recovered cart's revenue, and the arm's message and discount cost.
    public func arms(storeID: StoreID, currency: String, from: Date?, to: Date?) async throws -> [ArmCounts] {
        let scope = Scope(
            store: storeID, currency: currency.uppercased(), lower: from.map(SQLTime.millis) ?? Int.min,
            upper: to.map(SQLTime.millis) ?? Int.max)
        let cohort: SQLQueryString = """
            FROM journeys j JOIN carts c ON c.id = j.cart_id WHERE j.store_id = \(bind: scope.store) \
            AND c.abandoned_at >= \(bind: scope.lower) AND c.abandoned_at < \(bind: scope.upper)
            """
        var arms: [String: ArmCounts] = [:]
        func id(_ flow: String, _ variant: String?, _ holdout: Bool) -> String { "\(flow)\u{1F}\(variant ?? "\u{1E}")\u{1F}\(holdout)" }
        for row in try await self.database.raw(
            """
            SELECT j.flow_name AS flow, j.variant AS variant, j.holdout AS holdout, COUNT(*) AS n, \
            CAST(COALESCE(SUM(CASE WHEN c.status = 'recovered' THEN 1 ELSE 0 END), 0) AS BIGINT) AS recovered, \
            CAST(COALESCE(SUM((SELECT COALESCE(SUM(m.cost_minor), 0) FROM messages m WHERE m.journey_id = j.id \
            AND m.direction = 'outbound' AND UPPER(m.cost_currency) = \(bind: scope.currency))), 0) AS BIGINT) AS cost, \
            CAST(COALESCE(SUM(CASE WHEN c.status = 'recovered' THEN (SELECT COALESCE(SUM(CASE WHEN d.type = 'percent' \
            THEN c.subtotal_minor * d.value / 100 WHEN d.type = 'fixed_amount' THEN CASE WHEN d.value < c.subtotal_minor \
            THEN d.value ELSE c.subtotal_minor END ELSE 0 END), 0) FROM discounts d WHERE d.cart_id = c.id \
            AND d.status = 'redeemed') ELSE 0 END), 0) AS BIGINT) AS discount \
            \(cohort) GROUP BY j.flow_name, j.variant, j.holdout
            """
        ).all() {
            let (flow, variant, holdout) = (try row.text("flow"), try row.optionalText("variant"), try row.flag("holdout"))
            arms[id(flow, variant, holdout)] = ArmCounts(
                flow: flow, variant: variant, holdout: holdout, carts: try row.integer("n"), recovered: try row.integer("recovered"),
                messageCost: try row.integer("cost"), discountCost: try row.integer("discount"))
        }
        for row in try await self.database.raw(
            """
            SELECT j.flow_name AS flow, j.variant AS variant, j.holdout AS holdout, o.total_minor AS revenue \
            FROM journeys j JOIN carts c ON c.id = j.cart_id JOIN orders o ON o.id = c.recovered_order_id \
            WHERE j.store_id = \(bind: scope.store) AND c.status = 'recovered' AND o.paid = 1 \
            AND UPPER(o.total_currency) = \(bind: scope.currency) \
            AND c.abandoned_at >= \(bind: scope.lower) AND c.abandoned_at < \(bind: scope.upper) ORDER BY o.id
            """
        ).all() {
            let key = id(try row.text("flow"), try row.optionalText("variant"), try row.flag("holdout"))
            arms[key]?.revenues.append(try row.integer("revenue"))
        }
        return arms.values.sorted { ($0.flow, $0.variant ?? "", $0.holdout ? 1 : 0) < ($1.flow, $1.variant ?? "", $1.holdout ? 1 : 0) }
    }
}
