/// A product of a store's catalog: what it is, its options and what each variant costs.
///
/// The one product type: the commerce adapters produce it (Shopify product webhooks,
/// `catalog.upserted`), the store persists it (`products`, one row per store and id) and the assistant
/// indexes it. Its `Codable` form is the assistant fixtures' shape (`options` as a list of
/// ``ProductOption``, variants with `optionValues`); the `products` table keeps its own columns.
///
/// ```swift
/// let tent = Product(
///     id: "SW2P", title: "Switchback 2P Tent", tags: ["tent"],
///     options: [ProductOption(name: "color", values: ["Sage", "Orange"])],
///     variants: [ProductVariant(id: "SW2P-SGE", title: "Sage", optionValues: ["color": "Sage"], price: 24_900)])
/// tent.prices   // [24900]
/// ```
public struct Product: Codable, Sendable, Hashable {
    /// The platform's product id (unique per store).
    public var id: String
    /// Title (`Alpine Shell Rain Jacket`).
    public var title: String
    /// Plain or HTML description as the platform stores it; sentences from it may be quoted as product details.
    public var description: String?
    /// Product page URL, when known.
    public var url: String?
    /// Category (`apparel`), when the source names one; not stored (a stored product reads back without it).
    public var category: String?
    /// Merchant tags.
    public var tags: [String]
    /// Lowest price in minor units, used when the variants carry none; not stored.
    public var price: Int?
    /// Option names with their values in display order (`color` → [`Black`, `Glacier Blue`]).
    public var options: [ProductOption]
    /// Purchasable variants.
    public var variants: [ProductVariant]
    /// ISO 4217 currency of the prices, when the source says (the generic API does not).
    public var currency: String?

    /// Creates a product.
    public init(
        id: String, title: String, description: String? = nil, url: String? = nil, category: String? = nil,
        tags: [String] = [], price: Int? = nil, options: [ProductOption] = [], variants: [ProductVariant] = [],
        currency: String? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.url = url
        self.category = category
        self.tags = tags
        self.price = price
        self.options = options
        self.variants = variants
        self.currency = currency
    }

    /// Variant prices in minor units, falling back to ``price``.
    public var prices: [Int] {
        let prices = self.variants.compactMap(\.price)
        return prices.isEmpty ? (self.price.map { [$0] } ?? []) : prices
    }
}
