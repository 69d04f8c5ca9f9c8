import Foundation
import ReclaimCore

/// Every store's flows, as parsed and validated when the configuration was loaded from `flow:` (a preset
/// name) or `flows:` (a list of flows) (``StoreConfiguration/flowConfiguration``), so a broken flow fails
/// the start, naming the field and its line, and never a send.
public struct FlowDirectory: Sendable {
    private let byStore: [StoreID: StoreFlowConfiguration]
    /// ``StoreFlowConfiguration/readsShopperHistory`` per store, worked out once rather than per step.
    private let historyReaders: Set<StoreID>
    /// The same for a store without flows of its own (the presets).
    private let presetsReadHistory = StoreFlowConfiguration().readsShopperHistory

    /// Creates a directory from parsed configurations (tests).
    public init(_ byStore: [StoreID: StoreFlowConfiguration]) {
        self.byStore = byStore
        self.historyReaders = Set(byStore.filter { $0.value.readsShopperHistory }.keys)
    }

    /// Collects every store's flows, parsed when the configuration was decoded; nothing is parsed again.
    public init(configuration: ReclaimConfiguration) {
        var byStore: [StoreID: StoreFlowConfiguration] = [:]
        for store in configuration.stores { byStore[store.id] = store.flowConfiguration }
        self.init(byStore)
    }

    /// The store's flows (empty: the presets chosen by the recipient's country apply).
    public subscript(store: StoreID) -> StoreFlowConfiguration {
        self.byStore[store] ?? StoreFlowConfiguration()
    }

    /// Whether the store's flows read the shopper's earlier orders, clicks or replies.
    public func readsShopperHistory(_ store: StoreID) -> Bool {
        self.byStore[store] == nil ? self.presetsReadHistory : self.historyReaders.contains(store)
    }
}
