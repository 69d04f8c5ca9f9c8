import Foundation

/// First order attempt with the store, or a shopper who has ordered before.
public enum ShopperKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// No earlier order with the store.
    case firstTime = "first_time"
    /// Has ordered before.
    case returning
}

/// Which carts a flow is for (`segment:` in a flow). Every field that is set must match;
/// unset fields match anything.
public struct FlowSegment: Codable, Sendable, Hashable {
    /// Smallest matching subtotal in minor units, inclusive.
    public var minimumCartValue: Int?
    /// Subtotal in minor units the cart must stay below, exclusive, so bands can touch.
    public var maximumCartValue: Int?
    /// First-time or returning shoppers only.
    public var shopper: ShopperKind?
    /// Lower-cased product categories; the cart matches when any of its categories is listed.
    public var categories: Set<String>
    /// Shoppers who clicked a link in an earlier journey (`true`) or never did (`false`).
    public var clickedBefore: Bool?
    /// Shoppers who replied in an earlier journey (`true`) or never did (`false`).
    public var repliedBefore: Bool?
    /// Shoppers who clicked or replied before (`true`) or did neither (`false`).
    public var respondedBefore: Bool?
    /// Upper-case ISO 3166 regions of the recipient (`US`, `CA`); empty for anywhere.
    public var countries: Set<String>

    /// Creates a segment; the defaults match every cart.
    public init(
        minimumCartValue: Int? = nil, maximumCartValue: Int? = nil, shopper: ShopperKind? = nil,
        categories: Set<String> = [], clickedBefore: Bool? = nil, repliedBefore: Bool? = nil,
        respondedBefore: Bool? = nil, countries: Set<String> = []
    ) {
        self.minimumCartValue = minimumCartValue
        self.maximumCartValue = maximumCartValue
        self.shopper = shopper
        self.categories = Set(categories.map { $0.lowercased() })
        self.clickedBefore = clickedBefore
        self.repliedBefore = repliedBefore
        self.respondedBefore = respondedBefore
        self.countries = Set(countries.map { $0.uppercased() })
    }

    /// Whether the cart and shopper fall in this segment.
    /// - Parameter context: The cart and shopper.
    public func matches(_ context: FlowContext) -> Bool {
        if let minimum = self.minimumCartValue, context.cartValue < minimum { return false }
        if let maximum = self.maximumCartValue, context.cartValue >= maximum { return false }
        if let shopper = self.shopper, shopper != context.shopperKind { return false }
        if !self.categories.isEmpty,
            self.categories.isDisjoint(with: context.productCategories.map { $0.lowercased() })
        {
            return false
        }
        if let clicked = self.clickedBefore, clicked != context.hasClickedBefore { return false }
        if let replied = self.repliedBefore, replied != context.hasRepliedBefore { return false }
        if let responded = self.respondedBefore,
            responded != (context.hasClickedBefore || context.hasRepliedBefore)
        {
            return false
        }
        if !self.countries.isEmpty {
            guard let country = context.recipientCountry?.uppercased(), self.countries.contains(country) else {
                return false
            }
        }
        return true
    }
}
