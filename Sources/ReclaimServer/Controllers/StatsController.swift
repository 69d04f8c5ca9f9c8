import Foundation
import Hummingbird
import ReclaimCore
import ReclaimStore

/// `GET /api/v1/stores/{store}/stats?from=&to=`: the funnel and the money, computed by SQL.
///
/// `from`/`to` are ISO 8601 instants (`to` exclusive); either may be left out. The shape is meant to
/// grow (clicks, cost, per step, per variant): readers must ignore keys they do not know.
struct StatsController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// The open database, for transactions.
    let database: ReclaimDatabase

    /// The routes, relative to `/api/v1/stores/:store`.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).get("stats", use: self.show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> StatsResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let from = try Self.instant(request, "from")
        let to = try Self.instant(request, "to")
        let stats = try await SQLStatsStore(database: self.database.sql)
            .stats(storeID: store.id, from: from, to: to)
        return StatsResponse(stats: stats, currency: store.currency, from: from, to: to)
    }

    /// The query parameter `name` as an instant, or 400 naming it.
    static func instant(_ request: Request, _ name: String) throws -> Date? {
        guard let text = request.uri.queryParameters[Substring(name)], !text.isEmpty else { return nil }
        let value = String(text)
        if let date = try? Date(value, strategy: .iso8601) { return date }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(value) { return date }
        if let date = try? Date.ISO8601FormatStyle().year().month().day().parse(value) { return date }
        throw APIError.invalidField(name, "expected an ISO 8601 instant, got \"\(value)\"")
    }
}

/// The body of `GET …/stats`.
struct StatsResponse: ResponseEncodable, Sendable {
    /// Carts first seen in the window.
    struct Carts: Codable, Sendable {
        var total: Int
        var abandoned: Int
        var recovered: Int
        var purchasedBeforeAbandonment: Int
        var byStatus: [String: Int]
        enum CodingKeys: String, CodingKey {
            case total, abandoned, recovered
            case purchasedBeforeAbandonment = "purchased_before_abandonment"
            case byStatus = "by_status"
        }
    }

    /// Outbound messages created in the window.
    struct Messages: Codable, Sendable {
        var total: Int
        var byChannel: [String: [String: Int]]
        var byStatus: [String: Int]
        enum CodingKeys: String, CodingKey {
            case total
            case byChannel = "by_channel"
            case byStatus = "by_status"
        }
    }

    /// Paid orders that recovered an abandoned cart: the store currency's total, and every currency's.
    struct Revenue: Codable, Sendable {
        var minor: Int
        var currency: String
        var byCurrency: [String: Int]
        enum CodingKeys: String, CodingKey {
            case minor, currency
            case byCurrency = "by_currency"
        }
    }

    var from: Date?
    var to: Date?
    var carts: Carts
    var messages: Messages
    var recoveredRevenue: Revenue
    var orders: Int
    var optOuts: Int
    var clicks: Int
    /// `treated` and `holdout` journeys with their recoveries and revenue: honest incrementality.
    var arms: [String: [String: Int]]
    /// Flow messages that left, by `channel:step`.
    var sentByStep: [String: Int]
    /// Message cost in minor units by currency.
    var cost: [String: Int]
    /// What redeemed codes took off recovered orders, minor units of the store currency.
    var discountCost: Int
    /// Recovered revenue less the discount cost, minor units of the store currency.
    var revenueNet: Int
    /// Per highest tier a treated cart was given (0: none): carts, recovered, recovery rate and net revenue.
    var discountTiers: [DiscountTier]

    /// One rung of the discount ladder in the stats.
    struct DiscountTier: Codable, Sendable {
        var tier: Int
        var carts: Int
        var recovered: Int
        var recoveryRate: Double
        var revenueGross: Int
        var discountCost: Int
        var revenueNet: Int
        enum CodingKeys: String, CodingKey {
            case tier, carts, recovered
            case recoveryRate = "recovery_rate"
            case revenueGross = "revenue_gross"
            case discountCost = "discount_cost"
            case revenueNet = "revenue_net"
        }
    }

    enum CodingKeys: String, CodingKey {
        case from, to, carts, messages
        case recoveredRevenue = "recovered_revenue"
        case orders
        case optOuts = "opt_outs"
        case clicks
        case arms
        case sentByStep = "sent_by_step"
        case cost
        case discountCost = "discount_cost"
        case revenueNet = "revenue_net"
        case discountTiers = "discount_tiers"
    }

    init(stats: StoreStats, currency: String, from: Date?, to: Date?) {
        self.from = from
        self.to = to
        self.carts = Carts(
            total: stats.cartsTotal, abandoned: stats.cartsAbandoned, recovered: stats.cartsRecovered,
            purchasedBeforeAbandonment: stats.cartsPurchasedBeforeAbandonment, byStatus: stats.cartsByStatus)
        var byStatus: [String: Int] = [:]
        for counts in stats.messagesByChannel.values {
            for (status, count) in counts { byStatus[status, default: 0] += count }
        }
        self.messages = Messages(total: byStatus.values.reduce(0, +), byChannel: stats.messagesByChannel, byStatus: byStatus)
        self.recoveredRevenue = Revenue(
            minor: stats.recoveredRevenue[currency.uppercased()] ?? 0, currency: currency.uppercased(),
            byCurrency: stats.recoveredRevenue)
        self.orders = stats.orders
        self.optOuts = stats.optOuts
        self.clicks = stats.clicks
        self.arms = stats.arms
        self.sentByStep = stats.sentByStep
        self.cost = stats.cost
        self.discountCost = stats.discountCost[currency.uppercased()] ?? 0
        self.revenueNet = self.recoveredRevenue.minor - self.discountCost
        self.discountTiers = stats.discountTiers.compactMap { key, figures in
            guard let tier = Int(key) else { return nil }
            let carts = figures["carts"] ?? 0
            let recovered = figures["recovered"] ?? 0
            let (gross, cost) = (figures["revenue"] ?? 0, figures["discount_cost"] ?? 0)
            return DiscountTier(
                tier: tier, carts: carts, recovered: recovered, recoveryRate: carts == 0 ? 0 : Double(recovered) / Double(carts),
                revenueGross: gross, discountCost: cost, revenueNet: gross - cost)
        }.sorted { $0.tier < $1.tier }
    }
}
