import Hummingbird

/// Finds the configured store named by the `{store}` route parameter, for every `/…/{store}/…` route.
enum StoreLookup {
    /// The store, or a 404 naming it.
    static func store(_ context: AppRequestContext, _ configuration: ReclaimConfiguration) throws -> StoreConfiguration {
        let id = try context.parameters.require("store")
        guard let store = configuration.store(id) else { throw APIError.notFound("store \(id)") }
        return store
    }
}
