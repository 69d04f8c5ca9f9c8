import ReclaimCore

/// The store's products as the assistant may talk about them (the `catalog.upserted` shape).
public struct AssistantCatalog: Codable, Sendable, Hashable {
    /// Every product.
    public var products: [Product]

    /// Creates a catalog.
    public init(products: [Product]) {
        self.products = products
    }
}
