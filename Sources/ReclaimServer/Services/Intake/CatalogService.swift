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
        _ products: [Product], source: CommerceSource, _ context: IngestionService.Context
    ) async throws {
        let priced = products.map { product in
            var product = product
            product.currency = product.currency ?? context.store.currency
            return product
        }
        try await SQLCatalogStore(database: context.db).upsert(priced, storeID: context.store.id, source: source, at: context.now)
        // Rebuild the assistant's index in the background, once for a burst of product webhooks, so the
        // next shopper reply does not wait for it.
        _ = try await context.queue.enqueue(
            kind: Self.reindexKind, payload: ReindexPayload(store: context.store.id),
            runAt: context.now.addingTimeInterval(Self.reindexDelay), uniqueKey: "\(Self.reindexKind):\(context.store.id)",
            now: context.now)
    }

    /// The job that rebuilds a store's assistant index after its catalog changed.
    static let reindexKind = "assistant.reindex"
    /// How long after a catalog change the index is rebuilt: changes within it share one rebuild.
    static let reindexDelay: TimeInterval = 2

    /// The `assistant.reindex` payload.
    struct ReindexPayload: Codable, Sendable {
        var store: StoreID
    }

    /// Runs an `assistant.reindex` job: the store's assistant over the current catalog, built now.
    static func reindex(
        _ job: Job, configuration: ReclaimConfiguration, assistants: AssistantDirectory, database: ReclaimDatabase
    ) async throws {
        let payload: ReindexPayload
        do { payload = try job.decode(ReindexPayload.self) } catch { throw PermanentJobError("bad payload: \(error)") }
        guard let store = configuration.store(payload.store) else { return }
        _ = try await assistants.assistant(for: store, database: database.sql)
    }
}
