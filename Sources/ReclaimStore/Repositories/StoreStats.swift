import Foundation
import ReclaimCore

/// A store's funnel and money over a time window, as computed by ``SQLStatsStore``.
public struct StoreStats: Sendable, Hashable, Codable {
    /// Carts first seen in the window.
    public var cartsTotal: Int
    /// Of those, carts declared abandoned (whatever happened next).
    public var cartsAbandoned: Int
    /// Of those, abandoned carts that an order then recovered.
    public var cartsRecovered: Int
    /// Carts bought before they were ever abandoned (no journey, no credit).
    public var cartsPurchasedBeforeAbandonment: Int
    /// Carts first seen in the window, by current status.
    public var cartsByStatus: [String: Int]
    /// Outbound messages created in the window, by channel, then by status.
    public var messagesByChannel: [String: [String: Int]]
    /// Paid orders placed in the window that recovered an abandoned cart: total in minor units per currency.
    public var recoveredRevenue: [String: Int]
    /// Orders placed in the window.
    public var orders: Int
    /// Opt-outs (suppressions for `opted_out`) recorded in the window.
    public var optOuts: Int
    /// Tracked-link clicks in the window.
    public var clicks: Int
    /// Journeys per arm: `treated` (messaged) and `holdout` (never messaged), each with `journeys`,
    /// `recovered` (their cart was bought) and `revenue` (minor units, store currency).
    public var arms: [String: [String: Int]] = [:]
    /// Outbound flow messages that left (accepted or further), by `channel:step` (`sms:0`).
    public var sentByStep: [String: Int] = [:]
    /// What outbound messages cost, in minor units by currency.
    public var cost: [String: Int] = [:]
    /// Treated journeys started in the window by the highest discount tier their cart was given (`"0"`: none), each
    /// with `carts`, `recovered`, `revenue` (paid recovered orders, minor units) and `discount_cost` (of their
    /// redeemed codes).
    public var discountTiers: [String: [String: Int]] = [:]

    /// Creates stats.
    public init(
        cartsTotal: Int = 0, cartsAbandoned: Int = 0, cartsRecovered: Int = 0, cartsPurchasedBeforeAbandonment: Int = 0,
        cartsByStatus: [String: Int] = [:], messagesByChannel: [String: [String: Int]] = [:],
        recoveredRevenue: [String: Int] = [:], orders: Int = 0, optOuts: Int = 0, clicks: Int = 0
    ) {
        self.cartsTotal = cartsTotal
        self.cartsAbandoned = cartsAbandoned
        self.cartsRecovered = cartsRecovered
        self.cartsPurchasedBeforeAbandonment = cartsPurchasedBeforeAbandonment
        self.cartsByStatus = cartsByStatus
        self.messagesByChannel = messagesByChannel
        self.recoveredRevenue = recoveredRevenue
        self.orders = orders
        self.optOuts = optOuts
        self.clicks = clicks
    }
}
