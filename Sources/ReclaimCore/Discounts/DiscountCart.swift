import Foundation

/// The part of a cart the discount rules look at: each line's total, its categories and whether it is
/// already sold below list price.
public struct DiscountCart: Sendable, Hashable {
    /// One cart line as the rules see it.
    public struct Line: Sendable, Hashable {
        /// Platform product id.
        public var productID: String
        /// Platform variant id.
        public var variantID: String?
        /// Price × quantity in minor units.
        public var total: Int
        /// The product's categories (ids or handles).
        public var categories: [String]
        /// Whether the line is already discounted (a sale price below the list price).
        public var alreadyDiscounted: Bool

        /// Creates a line.
        public init(productID: String, variantID: String? = nil, total: Int, categories: [String] = [], alreadyDiscounted: Bool = false) {
            self.productID = productID
            self.variantID = variantID
            self.total = total
            self.categories = categories
            self.alreadyDiscounted = alreadyDiscounted
        }
    }

    /// The lines.
    public var lines: [Line]
    /// ISO 4217 currency of the totals.
    public var currency: String

    /// Creates a cart view.
    public init(lines: [Line], currency: String) {
        self.lines = lines
        self.currency = currency
    }

    /// A cart's lines, with categories and sale flags from the catalog when the caller knows them.
    /// - Parameters:
    ///   - cart: The cart.
    ///   - categories: Product id → its categories.
    ///   - discountedProductIDs: Products (or variants) currently on sale.
    public init(cart: Cart, categories: [String: [String]] = [:], discountedProductIDs: Set<String> = []) {
        self.init(
            lines: cart.items.map { item in
                Line(
                    productID: item.productID, variantID: item.variantID, total: item.lineTotal,
                    categories: categories[item.productID] ?? [],
                    alreadyDiscounted: discountedProductIDs.contains(item.productID)
                        || item.variantID.map(discountedProductIDs.contains) == true)
            }, currency: cart.subtotal.currency)
    }

    /// The lines a code may apply to under `policy`.
    public func eligibleLines(under policy: DiscountPolicy) -> [Line] {
        self.lines.filter { line in
            if policy.excludeDiscountedItems, line.alreadyDiscounted { return false }
            return !line.categories.contains { policy.excludedCategories.contains($0.lowercased()) }
        }
    }
}
