import Foundation

extension FlowDefinitionParser {
    static let discountPolicyKeys = [
        "max_percent", "max_amount", "per_shopper_limit", "per_shopper_window", "exclude_sale_items", "exclude_categories",
    ]

    /// Parses a store's `discounts:` section (see ``DiscountPolicy``): `max_percent` (whole percent, 1–100),
    /// `max_amount` (major units of the store currency), `per_shopper_limit` (carts, at least 1),
    /// `per_shopper_window` (a duration, default 30d), `exclude_sale_items`, `exclude_categories` (a list).
    /// - Parameters:
    ///   - value: The section as decoded, or `nil`/`null` for no limits.
    ///   - path: Its field path, e.g. `stores[northwind].discounts`.
    ///   - currency: The store currency for `max_amount`.
    /// - Returns: The store's limits.
    /// - Throws: ``FlowDefinitionError`` naming the first bad field.
    public static func parseDiscountPolicy(
        _ value: JSONValue?, path: String, currency: String = "USD"
    ) throws(FlowDefinitionError) -> DiscountPolicy {
        guard let value, value != .null else { return DiscountPolicy() }
        let object = try FlowField(value: value, path: path).object(allowed: Self.discountPolicyKeys)
        var policy = DiscountPolicy()
        if let field = object["max_percent"] {
            let percent = try field.number()
            guard percent > 0, percent <= 100, let whole = Int(exactly: percent) else {
                throw field.error("a whole percent more than 0 and at most 100")
            }
            policy.maxPercent = whole
        }
        if let field = object["max_amount"] {
            policy.maxAmount = try self.amount(field, currency: currency)
            guard (policy.maxAmount ?? 0) > 0 else { throw field.error("must be more than 0") }
        }
        if let field = object["per_shopper_limit"] {
            let limit = try field.number()
            guard limit >= 1, limit <= 1_000, let whole = Int(exactly: limit) else { throw field.error("a whole number of carts from 1") }
            policy.perShopperLimit = whole
        }
        if let field = object["per_shopper_window"] {
            policy.perShopperWindow = try field.duration()
            guard policy.perShopperWindow > 0 else { throw field.error("must be longer than 0") }
        }
        if let field = object["exclude_sale_items"] { policy.excludeDiscountedItems = try field.bool() }
        if let field = object["exclude_categories"] {
            policy.excludedCategories = Set(try self.strings(field).map { $0.lowercased() })
        }
        return policy
    }
}
