import Foundation

/// The counted figures of one stats group (or the totals), as the database sums them.
///
/// `nil` means "not split by this grouping": opt-outs have no step, so in `by=step` every group's
/// `optOuts` is `nil` (the totals still have it). Money is in the store currency's minor units.
/// docs/analytics.md defines each figure and the time it is counted by.
public struct StatsCounts: Sendable, Hashable {
    /// Carts abandoned in the range.
    public var abandoned: Int?
    /// Of those, carts whose shopper has a phone number or an email address.
    public var reachable: Int?
    /// Of those, carts sent at least one message (at any time).
    public var messaged: Int?
    /// Outbound messages sent (handed to the provider) in the range.
    public var messages: Int?
    /// Of those, messages the provider reports delivered.
    public var delivered: Int?
    /// Tracked-link clicks in the range.
    public var clicks: Int?
    /// Shopper texts and emails received in the range.
    public var replies: Int?
    /// Conversations escalated to a person, by their last change in the range.
    public var escalations: Int?
    /// Opt-outs recorded in the range.
    public var optOuts: Int?
    /// Carts abandoned in the range that an order recovered.
    public var recovered: Int?
    /// The paid orders of those recovered carts, in the store currency.
    public var revenueGross: Int?
    /// What the redeemed discount codes of those recovered carts cost.
    public var discountCost: Int?
    /// What the messages sent in the range cost, in the store currency.
    public var messageCost: Int?

    /// Creates counts; every figure left out is `nil` (not split).
    public init(
        abandoned: Int? = nil, reachable: Int? = nil, messaged: Int? = nil, messages: Int? = nil, delivered: Int? = nil,
        clicks: Int? = nil, replies: Int? = nil, escalations: Int? = nil, optOuts: Int? = nil, recovered: Int? = nil,
        revenueGross: Int? = nil, discountCost: Int? = nil, messageCost: Int? = nil
    ) {
        self.abandoned = abandoned
        self.reachable = reachable
        self.messaged = messaged
        self.messages = messages
        self.delivered = delivered
        self.clicks = clicks
        self.replies = replies
        self.escalations = escalations
        self.optOuts = optOuts
        self.recovered = recovered
        self.revenueGross = revenueGross
        self.discountCost = discountCost
        self.messageCost = messageCost
    }
}
