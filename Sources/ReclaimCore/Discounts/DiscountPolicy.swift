import Foundation

/// A store's limits on what any flow or the assistant may give (`discounts:` in the store's section).
///
/// ```yaml
/// discounts:
///   max_percent: 20                 # margin cap: no tier above 20 %
///   max_amount: 40                  # margin cap: no code worth more than 40.00 on this cart
///   per_shopper_limit: 1            # codes for at most one cart per shopper…
///   per_shopper_window: 30d         # …within 30 days
///   exclude_sale_items: true        # items already on sale do not count toward the minimum or the code
///   exclude_categories: [gift-cards, clearance]
/// ```
public struct DiscountPolicy: Codable, Sendable, Hashable {
    /// The largest percentage any tier may give; `nil` for no cap.
    public var maxPercent: Int?
    /// The largest amount, in minor units of the store currency, one code may take off its cart; `nil` for no cap.
    public var maxAmount: Int?
    /// How many of a shopper's carts may get a code within ``perShopperWindow``; `nil` for no limit.
    public var perShopperLimit: Int?
    /// The window the per-shopper limit counts over.
    public var perShopperWindow: TimeInterval
    /// Whether lines already sold below their list price are left out of the eligible subtotal.
    public var excludeDiscountedItems: Bool
    /// Categories (platform ids or handles, compared without case) whose lines are left out.
    public var excludedCategories: Set<String>

    /// The default window of the per-shopper limit: 30 days.
    public static let defaultWindow: TimeInterval = 30 * 86_400

    /// Creates a policy; the defaults cap nothing.
    public init(
        maxPercent: Int? = nil, maxAmount: Int? = nil, perShopperLimit: Int? = nil,
        perShopperWindow: TimeInterval = DiscountPolicy.defaultWindow, excludeDiscountedItems: Bool = false,
        excludedCategories: Set<String> = []
    ) {
        self.maxPercent = maxPercent
        self.maxAmount = maxAmount
        self.perShopperLimit = perShopperLimit
        self.perShopperWindow = perShopperWindow
        self.excludeDiscountedItems = excludeDiscountedItems
        self.excludedCategories = Set(excludedCategories.map { $0.lowercased() })
    }
}
