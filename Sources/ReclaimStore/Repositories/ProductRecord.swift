import Foundation
import ReclaimCore

/// A product of a store's catalog as stored: what the assistant may say about it.
public struct ProductRecord: Codable, Sendable, Hashable {
    /// Owning store.
    public var storeID: StoreID
    /// The platform's product id (unique per store).
    public var productID: String
    /// Where it came from.
    public var source: CommerceSource
    /// Product title.
    public var title: String
    /// Plain or HTML description.
    public var description: String?
    /// Product page.
    public var url: String?
    /// Merchant tags.
    public var tags: [String]
    /// Option names and their values (`["Color": ["Blue", "Black"]]`).
    public var options: [String: [String]]
    /// Purchasable variants.
    public var variants: [ProductVariantRecord]
    /// ISO 4217 currency of variant prices, when known.
    public var currency: String?
    /// First stored.
    public var createdAt: Date
    /// Last changed.
    public var updatedAt: Date

    /// Creates a product record.
    public init(
        storeID: StoreID, productID: String, source: CommerceSource, title: String, description: String? = nil,
        url: String? = nil, tags: [String] = [], options: [String: [String]] = [:],
        variants: [ProductVariantRecord] = [], currency: String? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.storeID = storeID
        self.productID = productID
        self.source = source
        self.title = title
        self.description = description
        self.url = url
        self.tags = tags
        self.options = options
        self.variants = variants
        self.currency = currency
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// One purchasable variant of a ``ProductRecord``.
public struct ProductVariantRecord: Codable, Sendable, Hashable {
    /// The platform's variant id.
    public var id: String
    /// Variant title (`Blue / M`).
    public var title: String?
    /// Option values (`["Color": "Blue"]`).
    public var options: [String: String]
    /// Unit price in minor units.
    public var price: Int?
    /// Whether it can be bought now.
    public var available: Bool?
    /// Units in stock, when tracked.
    public var inventory: Int?

    /// Creates a variant record.
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
