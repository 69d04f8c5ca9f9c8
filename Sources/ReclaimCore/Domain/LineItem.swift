/// One product line in a cart or order.
public struct LineItem: Codable, Sendable, Hashable {
    /// Platform product identifier.
    public var productID: String
    /// Platform variant identifier, when the product has variants.
    public var variantID: String?
    /// Product title (`Summit Trail Jacket`).
    public var title: String
    /// Variant title (`Blue / M`).
    public var variantTitle: String?
    /// Number of units, at least 1.
    public var quantity: Int
    /// Price of one unit in minor units of the cart's currency.
    public var unitPrice: Int
    /// Product image for email rendering.
    public var imageURL: String?

    /// Creates a line item.
    public init(
        productID: String, variantID: String? = nil, title: String, variantTitle: String? = nil, quantity: Int,
        unitPrice: Int, imageURL: String? = nil
    ) {
        self.productID = productID
        self.variantID = variantID
        self.title = title
        self.variantTitle = variantTitle
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.imageURL = imageURL
    }

    /// `unitPrice × quantity` in minor units, clamped to `Int` instead of trapping (parsers keep both
    /// within ``AmountLimits``, so a line read from input never reaches the clamp).
    public var lineTotal: Int { self.unitPrice.saturatingMultiplied(by: self.quantity) }
}
