import Foundation
import ReclaimCore

/// Every store's flows, parsed and validated once at start-up from `flow:` (a preset name) or
/// `flows:` (a list of flows), so a broken flow fails the start, naming the field, and never a send.
public struct FlowDirectory: Sendable {
    private let byStore: [StoreID: StoreFlowConfiguration]

    /// Creates a directory from parsed configurations (tests).
    public init(_ byStore: [StoreID: StoreFlowConfiguration]) {
        self.byStore = byStore
    }

    /// Parses every store's flows.
    /// - Throws: ``FlowDefinitionError`` whose path starts with `stores[<id>]`.
    public init(configuration: ReclaimConfiguration) throws {
        var byStore: [StoreID: StoreFlowConfiguration] = [:]
        for store in configuration.stores {
            byStore[store.id] = try FlowDefinitionParser.parseStoreFlowConfig(
                flow: store.flow, flows: store.flows, path: "stores[\(store.id)]", currency: store.currency)
        }
        self.byStore = byStore
    }

    /// The store's flows (empty: the presets chosen by the recipient's country apply).
    public subscript(store: StoreID) -> StoreFlowConfiguration {
        self.byStore[store] ?? StoreFlowConfiguration()
    }
}
