import ReclaimCore

/// A product the assistant may talk about: what it is, its options and what each variant costs.
public struct CatalogProduct: Codable, Sendable, Hashable {
    /// The platform's product id.
    public var id: String
    /// Product title.
    public var title: String
    /// Plain or HTML description as the platform stores it.
    public var description: String?
    /// Product page URL, when known.
    public var url: String?
    /// Merchant tags.
    public var tags: [String]
    /// Option names and their values (`["Color": ["Blue", "Black"]]`).
    public var options: [String: [String]]
    /// Purchasable variants.
    public var variants: [CatalogVariant]
    /// ISO 4217 currency of variant prices, when the source says (the generic API does not).
    public var currency: String?

    /// Creates a product.
    public init(
        id: String, title: String, description: String? = nil, url: String? = nil, tags: [String] = [],
        options: [String: [String]] = [:], variants: [CatalogVariant] = [], currency: String? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.url = url
        self.tags = tags
        self.options = options
        self.variants = variants
        self.currency = currency
    }
}

/// One purchasable variant of a ``CatalogProduct``.
public struct CatalogVariant: Codable, Sendable, Hashable {
    /// The platform's variant id.
    public var id: String
    /// Variant title (`Blue / 155`).
    public var title: String?
    /// Option values of this variant (`["Color": "Blue", "Size": "155"]`).
    public var options: [String: String]
    /// Price of one unit in minor units.
    public var price: Int?
    /// Whether it can be bought now.
    public var available: Bool?
    /// Units in stock, when tracked.
    public var inventory: Int?

    /// Creates a variant.
    public init(
        id: String, title: String? = nil, options: [String: String] = [:], price: Int? = nil, available: Bool? = nil,
        inventory: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.options = options
        self.price = price
        self.available = available
        self.inventory = inventory
    }
}
