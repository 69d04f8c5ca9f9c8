import Foundation
import ReclaimAssistant
import ReclaimCore
import ReclaimStore
import SQLKit

/// Each store's assistant: the built-in engine indexed once over the store's catalog and policies,
/// rebuilt only when the catalog changes (its row count or latest update moves), so a reply never
/// waits for an index of thousands of products to be built; wrapped in ``LLMAssistant`` when the
/// store's `assistant.backend` is `llm`.
public actor AssistantDirectory {
    private struct Entry {
        var version: String
        var assistant: any Assistant
    }

    private var entries: [StoreID: Entry] = [:]
    private let transport: any LLMTransport

    /// Creates an empty directory; LLM requests go through `transport`.
    public init(transport: any LLMTransport = HTTPLLMTransport()) {
        self.transport = transport
    }

    /// The store's assistant over the current catalog.
    func assistant(for store: StoreConfiguration, database: any SQLDatabase) async throws -> any Assistant {
        let version = try await Self.catalogVersion(store: store.id, database: database)
        if let entry = self.entries[store.id], entry.version == version { return entry.assistant }
        let catalog = try await Self.catalog(store: store.id, database: database)
        let builtIn = BuiltInAssistant(catalog: catalog, policies: Self.policies(store))
        let assistant: any Assistant =
            if let settings = try store.llmSettings() {
                LLMAssistant(settings: settings, transport: self.transport, fallback: builtIn)
            } else {
                builtIn
            }
        self.entries[store.id] = Entry(version: version, assistant: assistant)
        return assistant
    }

    /// The catalog version the store's cached assistant was built over; `nil` when none is cached.
    func cachedVersion(for store: StoreID) -> String? {
        self.entries[store]?.version
    }

    static func catalogVersion(store: StoreID, database: any SQLDatabase) async throws -> String {
        let row = try await database.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .column(SQLFunction("MAX", args: SQLIdentifier("updated_at")), as: "latest")
            .from("products").where("store_id", .equal, store).first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 0
        let latest = try row?.decode(column: "latest", as: Int?.self) ?? nil
        return "\(count):\(latest ?? 0)"
    }

    static func catalog(store: StoreID, database: any SQLDatabase) async throws -> AssistantCatalog {
        let catalog = SQLCatalogStore(database: database)
        var products: [Product] = []
        var offset = 0
        while true {
            let page = try await catalog.list(storeID: store, limit: 1000, offset: offset)
            products += page.map(Self.product)
            if page.count < 1000 { break }
            offset += page.count
        }
        return AssistantCatalog(products: products)
    }

    /// A stored product as the assistant indexes it: stored products have no category, so the first tag
    /// stands for it.
    static func product(_ stored: Product) -> Product {
        var product = stored
        product.category = stored.category ?? stored.tags.first
        return product
    }

    /// The store's `policies:` section as the assistant reads it; nothing else is ever stated.
    static func policies(_ store: StoreConfiguration) -> StorePolicies {
        guard let policies = store.policies, let data = try? JSONEncoder().encode(policies) else { return StorePolicies() }
        return (try? JSONDecoder().decode(StorePolicies.self, from: data)) ?? StorePolicies()
    }
}
