/// The store's products as the assistant may talk about them (the `catalog.upserted` shape).
public struct AssistantCatalog: Codable, Sendable, Hashable {
    /// Every product.
    public var products: [AssistantProduct]

    /// Creates a catalog.
    public init(products: [AssistantProduct]) {
        self.products = products
    }
}

/// One product with its options and variants.
public struct AssistantProduct: Codable, Sendable, Hashable {
    /// Platform product identifier.
    public var id: String
    /// Title (`Alpine Shell Rain Jacket`).
    public var title: String
    /// Description text; sentences from it may be quoted as product details.
    public var description: String
    /// Category (`apparel`), if known.
    public var category: String?
    /// Tags.
    public var tags: [String]
    /// Lowest price in minor units, used when the variants carry none.
    public var price: Int?
    /// Option names with their values in display order (`color` → [`Black`, `Glacier Blue`]).
    public var options: [ProductOption]
    /// Purchasable variants.
    public var variants: [AssistantVariant]

    /// Creates a product.
    public init(
        id: String, title: String, description: String = "", category: String? = nil, tags: [String] = [],
        price: Int? = nil, options: [ProductOption] = [], variants: [AssistantVariant] = []
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.category = category
        self.tags = tags
        self.price = price
        self.options = options
        self.variants = variants
    }

    /// Variant prices in minor units, falling back to ``price``.
    public var prices: [Int] {
        let prices = self.variants.compactMap(\.price)
        return prices.isEmpty ? (self.price.map { [$0] } ?? []) : prices
    }
}

/// One option of a product and its values (`size`: `S`, `M`, `L`).
public struct ProductOption: Codable, Sendable, Hashable {
    /// Option name as the store wrote it.
    public var name: String
    /// Values in display order.
    public var values: [String]

    /// Creates an option.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// One purchasable variant.
public struct AssistantVariant: Codable, Sendable, Hashable {
    /// Platform variant identifier.
    public var id: String
    /// Variant title (`Glacier Blue / L`).
    public var title: String
    /// Option name → value.
    public var optionValues: [String: String]
    /// Price in minor units, when known.
    public var price: Int?
    /// Whether it can be bought now.
    public var available: Bool
    /// Units in stock, when the platform reports them.
    public var inventory: Int?

    /// Creates a variant.
    public init(
        id: String, title: String, optionValues: [String: String] = [:], price: Int? = nil,
        available: Bool = true, inventory: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.optionValues = optionValues
        self.price = price
        self.available = available
        self.inventory = inventory
    }

    /// Whether the variant can be sold: available and not known to have zero stock.
    public var inStock: Bool { self.available && (self.inventory.map { $0 > 0 } ?? true) }
}
