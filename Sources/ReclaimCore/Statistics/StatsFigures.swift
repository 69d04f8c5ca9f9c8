import Foundation

/// The FIGURES of `GET …/stats` (CONTRACT.md): the counts and what follows from them.
///
/// Rates are fractions (0.25 for 25%), `nil` when their denominator is 0 or not split by the grouping.
/// `revenue_net` = `revenue_gross − discount_cost − message_cost`; `revenue_per_message` =
/// `revenue_net / messages`, rounded to the nearest minor unit. A derived figure is `nil` when any of its
/// parts is.
public struct StatsFigures: Sendable, Hashable, Codable {
    public var abandoned: Int?
    public var reachable: Int?
    public var messaged: Int?
    public var messages: Int?
    public var delivered: Int?
    public var clicks: Int?
    /// `clicks / messages`.
    public var ctr: Double?
    public var replies: Int?
    public var escalations: Int?
    public var optOuts: Int?
    /// `opt_outs / messages`.
    public var optOutRate: Double?
    public var recovered: Int?
    /// `recovered / abandoned`.
    public var recoveryRate: Double?
    public var revenueGross: Int?
    public var discountCost: Int?
    public var revenueNet: Int?
    public var messageCost: Int?
    public var revenuePerMessage: Int?

    enum CodingKeys: String, CodingKey {
        case abandoned, reachable, messaged, messages, delivered, clicks, ctr, replies, escalations
        case optOuts = "opt_outs"
        case optOutRate = "opt_out_rate"
        case recovered
        case recoveryRate = "recovery_rate"
        case revenueGross = "revenue_gross"
        case discountCost = "discount_cost"
        case revenueNet = "revenue_net"
        case messageCost = "message_cost"
        case revenuePerMessage = "revenue_per_message"
    }

    /// The figures of `counts`.
    public init(_ counts: StatsCounts) {
        func rate(_ part: Int?, _ whole: Int?) -> Double? {
            guard let part, let whole, whole > 0 else { return nil }
            return Double(part) / Double(whole)
        }
        self.abandoned = counts.abandoned
        self.reachable = counts.reachable
        self.messaged = counts.messaged
        self.messages = counts.messages
        self.delivered = counts.delivered
        self.clicks = counts.clicks
        self.ctr = rate(counts.clicks, counts.messages)
        self.replies = counts.replies
        self.escalations = counts.escalations
        self.optOuts = counts.optOuts
        self.optOutRate = rate(counts.optOuts, counts.messages)
        self.recovered = counts.recovered
        self.recoveryRate = rate(counts.recovered, counts.abandoned)
        self.revenueGross = counts.revenueGross
        self.discountCost = counts.discountCost
        self.messageCost = counts.messageCost
        if let gross = counts.revenueGross, let discount = counts.discountCost, let cost = counts.messageCost {
            self.revenueNet = gross - discount - cost
        }
        if let net = self.revenueNet, let messages = counts.messages, messages > 0 {
            self.revenuePerMessage = Int((Double(net) / Double(messages)).rounded())
        }
    }

    /// Encodes every key, `null` for figures not split by the grouping, so readers see the same keys everywhere.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.abandoned, forKey: .abandoned)
        try container.encode(self.reachable, forKey: .reachable)
        try container.encode(self.messaged, forKey: .messaged)
        try container.encode(self.messages, forKey: .messages)
        try container.encode(self.delivered, forKey: .delivered)
        try container.encode(self.clicks, forKey: .clicks)
        try container.encode(self.ctr, forKey: .ctr)
        try container.encode(self.replies, forKey: .replies)
        try container.encode(self.escalations, forKey: .escalations)
        try container.encode(self.optOuts, forKey: .optOuts)
        try container.encode(self.optOutRate, forKey: .optOutRate)
        try container.encode(self.recovered, forKey: .recovered)
        try container.encode(self.recoveryRate, forKey: .recoveryRate)
        try container.encode(self.revenueGross, forKey: .revenueGross)
        try container.encode(self.discountCost, forKey: .discountCost)
        try container.encode(self.revenueNet, forKey: .revenueNet)
        try container.encode(self.messageCost, forKey: .messageCost)
        try container.encode(self.revenuePerMessage, forKey: .revenuePerMessage)
    }
}
