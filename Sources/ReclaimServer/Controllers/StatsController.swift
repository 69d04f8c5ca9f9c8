import Foundation
import Hummingbird
import ReclaimCore
import ReclaimStore

/// `GET /api/v1/stores/{store}/stats?from=&to=&by=`: the funnel and the money, computed by SQL.
///
/// `from`/`to` are ISO 8601 instants (`to` exclusive); either may be left out. `by` is `step`, `channel`,
/// `variant`, `segment` or `day`. The body has CONTRACT.md's `range`, `currency`, `totals`, `groups`,
/// `holdout` and `experiments` (``StatsService``), beside the earlier raw counts (`carts`, `messages`, …),
/// which stay for existing readers. Readers must ignore keys they do not know.
struct StatsController: Sendable {
    /// Loaded configuration (the stores).
    let configuration: ReclaimConfiguration
    /// The open database, for transactions.
    let database: ReclaimDatabase
    /// Totals, groups, holdout and experiments.
    let service: StatsService

    /// The routes, relative to `/api/v1/stores/:store`.
    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self).get("stats", use: self.show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> StatsResponse {
        let store = try StoreLookup.store(context, self.configuration)
        let from = try Self.instant(request, "from")
        let to = try Self.instant(request, "to")
        if let from, let to, to <= from { throw APIError.invalidField("to", "must be after from") }
        let dimension = try Self.dimension(request)
        let stats = try await SQLStatsStore(database: self.database.sql)
            .stats(storeID: store.id, from: from, to: to)
        let report = try await self.service.report(storeID: store.id, currency: store.currency, from: from, to: to, by: dimension)
        return StatsResponse(stats: stats, currency: store.currency, from: from, to: to, report: report)
    }

    /// The `by` query parameter, or 400 naming it.
    static func dimension(_ request: Request) throws -> StatsDimension? {
        guard let text = request.uri.queryParameters["by"], !text.isEmpty else { return nil }
        guard let dimension = StatsDimension(rawValue: String(text)) else {
            let allowed = StatsDimension.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.invalidField("by", "expected one of \(allowed), got \"\(text)\"")
        }
        return dimension
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

    /// CONTRACT.md's stats: range, currency, totals, groups, holdout, experiments.
    var report: StatsReport

    enum CodingKeys: String, CodingKey {
        case from, to, carts, messages
        case recoveredRevenue = "recovered_revenue"
        case orders
        case optOuts = "opt_outs"
        case clicks
        case arms
        case sentByStep = "sent_by_step"
        case cost
        case discountTiers = "discount_tiers"
        case range, currency, totals, groups, holdout, experiments
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.from, forKey: .from)
        try container.encodeIfPresent(self.to, forKey: .to)
        try container.encode(self.carts, forKey: .carts)
        try container.encode(self.messages, forKey: .messages)
        try container.encode(self.recoveredRevenue, forKey: .recoveredRevenue)
        try container.encode(self.orders, forKey: .orders)
        try container.encode(self.optOuts, forKey: .optOuts)
        try container.encode(self.clicks, forKey: .clicks)
        try container.encode(self.arms, forKey: .arms)
        try container.encode(self.sentByStep, forKey: .sentByStep)
        try container.encode(self.cost, forKey: .cost)
        try container.encode(self.discountTiers, forKey: .discountTiers)
        try container.encode(self.report.range, forKey: .range)
        try container.encode(self.report.currency, forKey: .currency)
        try container.encode(self.report.totals, forKey: .totals)
        try container.encode(self.report.groups, forKey: .groups)
        try container.encode(self.report.holdout, forKey: .holdout)
        try container.encode(self.report.experiments, forKey: .experiments)
    }

    init(stats: StoreStats, currency: String, from: Date?, to: Date?, report: StatsReport) {
        self.report = report
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
