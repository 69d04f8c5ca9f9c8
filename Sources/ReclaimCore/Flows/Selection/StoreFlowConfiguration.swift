import Foundation

/// A store's flows as configured: a preset, a list of flows, or nothing (built-in fallback).
public struct StoreFlowConfiguration: Sendable, Hashable {
    /// The store's flows, in the order written; segmented flows are tried in this order.
    public var flows: [FlowDefinition]

    /// Creates a configuration.
    /// - Parameter flows: The store's flows; empty means Reclaim picks a preset per recipient.
    public init(flows: [FlowDefinition] = []) {
        self.flows = flows
    }

    /// The flow marked `default: true`, if any.
    public var defaultFlow: FlowDefinition? {
        self.flows.first { $0.isDefault }
    }

    /// The flow with this name, if configured.
    /// - Parameter name: Flow name, as stored on a journey.
    public func flow(named name: String) -> FlowDefinition? {
        self.flows.first { $0.name == name } ?? FlowPreset(name: name)?.definition
    }
}
