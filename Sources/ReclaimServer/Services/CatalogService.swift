import Foundation
import ReclaimCommerce
import ReclaimCore
import ReclaimStore

/// Stores products from Shopify product webhooks and `catalog.upserted`, for the assistant to answer from.
///
/// A product is replaced as a whole by its newer description (variants, options, prices, stock); products
/// are never deleted by an upsert.
struct CatalogService: Sendable {
    /// Upserts the products for the context's store.
    /// - Parameters:
    ///   - products: Products as the adapter read them.
    ///   - source: Where they came from.
    ///   - context: The store, database and time.
    func upsert(
        _ products: [CatalogProduct], source: CommerceSource, _ context: IngestionService.Context
    ) async throws {
        let records = products.map { product in
            ProductRecord(
                storeID: context.store.id, productID: product.id, source: source, title: product.title,
                description: product.description, url: product.url, tags: product.tags, options: product.options,
                variants: product.variants.map {
                    ProductVariantRecord(
                        id: $0.id, title: $0.title, options: $0.options, price: $0.price, available: $0.available,
                        inventory: $0.inventory)
                },
                currency: product.currency ?? context.store.currency, createdAt: context.now, updatedAt: context.now)
        }
        try await SQLCatalogStore(database: context.db).upsert(records)
    }
}
